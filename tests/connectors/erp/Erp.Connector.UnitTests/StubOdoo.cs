using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Erp.Connector.UnitTests;

/// <summary>Answers each request with the next queued response and keeps the request bodies.</summary>
public sealed class StubOdoo : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();

    public List<JsonNode> Requests { get; } = [];

    public StubOdoo Answer(string fixture) => Answer(HttpStatusCode.OK, Fixture.Text(fixture));

    public StubOdoo Answer(HttpStatusCode status, string body, TimeSpan? retryAfter = null)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (retryAfter is { } delay)
            {
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(JsonNode.Parse(await request.Content!.ReadAsStringAsync(cancellationToken))!);
        return _answers.Count > 0 ? _answers.Dequeue()() : throw new InvalidOperationException("no answer queued");
    }
}
