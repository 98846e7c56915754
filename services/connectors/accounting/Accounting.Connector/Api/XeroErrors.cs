using System.Net;
using System.Text.Json;
using Hub.Connectors.Hosting;
using Hub.Messaging.Errors;

namespace Accounting.Connector.Api;

/// <summary>
/// Reads Xero's error answers. A 400 <c>{"ErrorNumber":10,"Type":"ValidationException","Message":…,"Elements":[…]}</c>
/// echoes whole invoices, so it is shortened to "ValidationException: &lt;every ValidationErrors[].Message&gt;" and
/// dead-lettered as "xero-&lt;Type&gt;". A 429 names the limit hit in X-Rate-Limit-Problem (minute, day, concurrent,
/// appminute) and is retried after its Retry-After. 401/403 (<c>{"Title":"Unauthorized","Detail":…}</c>) are auth
/// failures. An element of a 200 answer marked as failed is refused too (<see cref="ThrowIfElementRejected"/>).
/// </summary>
public sealed class XeroErrors : IExternalApiErrors
{
    /// <summary>The reason code of an element Xero answered with 200 but marked as not saved.</summary>
    public const string ElementRejected = "xero-element-rejected";

    public Exception Classify(ExternalApiAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == HttpStatusCode.TooManyRequests)
        {
            var problem = answer.Headers.TryGetValues("X-Rate-Limit-Problem", out var values) ? string.Join(",", values) : "unknown";
            return answer.Unavailable($"Xero rate limit hit: {problem}");
        }

        if (HttpStatusErrors.IsTemporary(answer.Status))
        {
            return answer.Unavailable(answer.Body);
        }

        var problemDetail = Problem(answer.Body);
        if (HttpStatusErrors.IsAuthFailure(answer.Status))
        {
            return answer.AuthFailed(problemDetail ?? answer.Body);
        }

        return Summarize(answer.Body) is { } summary
            ? answer.Rejected(summary.Text, $"xero-{summary.Type}")
            : answer.Rejected(problemDetail ?? answer.Body);
    }

    /// <summary>"ValidationException: message; message" from a Xero error body, or null when it is not one.</summary>
    public static (string Type, string Text)? Summarize(string body)
    {
        using var document = Parse(body);
        var root = document?.RootElement;
        if (root is not { ValueKind: JsonValueKind.Object } error || !error.TryGetProperty("Type", out var typeElement) || typeElement.GetString() is not { Length: > 0 } type)
        {
            return null;
        }

        var messages = new List<string>();
        Collect(error, messages);
        if (messages.Count == 0 && error.TryGetProperty("Message", out var message))
        {
            messages.Add(message.GetString() ?? "");
        }

        return (type, $"{type}: {string.Join("; ", messages.Where(m => m.Length > 0).Distinct())}");
    }

    /// <exception cref="PermanentEventException">The element carries Xero's validation errors (the event is dead-lettered with them).</exception>
    public static void ThrowIfElementRejected(string operation, bool? errorFlag, string? statusAttribute, IReadOnlyList<XeroValidationError>? errors)
    {
        var rejected = errorFlag == true
            || string.Equals(statusAttribute, "ERROR", StringComparison.OrdinalIgnoreCase)
            || errors is { Count: > 0 };
        if (rejected)
        {
            var messages = (errors ?? []).Select(e => e.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
            throw new PermanentEventException(ElementRejected,
                $"accounting refused {operation}: 200 with the element marked as failed. ValidationException: {(messages.Count > 0 ? string.Join("; ", messages) : "no message given")}");
        }
    }

    /// <summary>"Unauthorized: AuthenticationUnsuccessful" from Xero's problem body (401, 403), or null.</summary>
    private static string? Problem(string body)
    {
        using var document = Parse(body);
        return document?.RootElement is { ValueKind: JsonValueKind.Object } problem && problem.TryGetProperty("Title", out var title)
            ? $"{title.GetString()}: {(problem.TryGetProperty("Detail", out var detail) ? detail.GetString() : "")}".TrimEnd(' ', ':')
            : null;
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

    private static JsonDocument? Parse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
