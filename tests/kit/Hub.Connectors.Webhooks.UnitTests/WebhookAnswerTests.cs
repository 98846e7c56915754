using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Webhooks.UnitTests;

public sealed class WebhookAnswerTests
{
    [Fact]
    public async Task ExecuteAsync_Accepted_Writes200WithOutcomesAndReasons()
    {
        var (status, headers, body) = await ExecuteAsync(WebhookAnswer.Accepted(new Dictionary<string, int> { ["rejected"] = 1 }, ["no sku"]));

        status.Should().Be(200);
        headers.ContainsKey("Retry-After").Should().BeFalse();
        body.Should().Be("""{"outcomes":{"rejected":1},"reasons":["no sku"]}""");
    }

    [Fact]
    public async Task ExecuteAsync_RetryLater_Writes503WithRetryAfterInSecondsAndTheReason()
    {
        var (status, headers, body) = await ExecuteAsync(WebhookAnswer.RetryLater("webhook receipts are unreachable; retry later", TimeSpan.FromSeconds(4.2)));

        status.Should().Be(503);
        headers["Retry-After"].ToString().Should().Be("5");
        body.Should().Be("""{"error":"webhook receipts are unreachable; retry later"}""");
    }

    private static async Task<(int Status, IHeaderDictionary Headers, string Body)> ExecuteAsync(WebhookAnswer answer)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await answer.ExecuteAsync(context);
        return (context.Response.StatusCode, context.Response.Headers, Encoding.UTF8.GetString(body.ToArray()));
    }
}
