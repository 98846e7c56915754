using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>The test vendor's payload: a JSON array of <see cref="TestItem"/>s.</summary>
internal sealed class TestParser : IWebhookParser<TestItem>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string EntityOf(HttpRequest request) => "thing";

    public WebhookPayload<TestItem> Parse(HttpRequest request, byte[] body)
    {
        try
        {
            var items = JsonSerializer.Deserialize<List<TestItem>>(body, Json) ?? [];
            return WebhookPayload.Of(items.Select(i => new WebhookItem<TestItem>(i.Id, "thing", i) { Subject = i.Subject }));
        }
        catch (JsonException ex)
        {
            return WebhookPayload.Malformed<TestItem>($"not a test payload: {ex.Message}");
        }
    }
}
