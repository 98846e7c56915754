using System.Net;
using System.Text.Json;

namespace Accounting.Connector.Api;

/// <summary>
/// Shortens Xero's error answers to what an operator needs before the kit classifies them: a ValidationException
/// echoes whole invoices, so its messages would be cut off the dead letter's hub-error-message; a 429 names the limit
/// hit in X-Rate-Limit-Problem (minute, day, concurrent), which goes into the retry's reason.
/// </summary>
public sealed class XeroErrorHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Replace(response, Summarize(body) ?? body);
        }
        else if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.TryGetValues("X-Rate-Limit-Problem", out var problem))
        {
            Replace(response, $"Xero rate limit hit: {string.Join(",", problem)}");
        }

        return response;
    }

    private static void Replace(HttpResponseMessage response, string text)
    {
        var original = response.Content;
        response.Content = new StringContent(text);
        original.Dispose();
    }

    /// <summary>Every ValidationErrors[].Message, at any depth (line items and addresses carry their own).</summary>
    private static void Collect(JsonElement node, List<string> messages)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                Collect(item, messages);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                if (property.NameEquals("ValidationErrors") && property.Value.ValueKind == JsonValueKind.Array)
                {
                    messages.AddRange(property.Value.EnumerateArray()
                        .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("Message", out var m) ? m.GetString() ?? "" : ""));
                }
                else
                {
                    Collect(property.Value, messages);
                }
            }
        }
    }

    /// <summary>"ValidationException: message; message" from a Xero error body, or null when it is not one.</summary>
    public static string? Summarize(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Type", out var type))
            {
                return null;
            }

            var messages = new List<string>();
            Collect(root, messages);
            if (messages.Count == 0 && root.TryGetProperty("Message", out var message))
            {
                messages.Add(message.GetString() ?? "");
            }

            return $"{type.GetString()}: {string.Join("; ", messages.Where(m => m.Length > 0).Distinct())}";
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
