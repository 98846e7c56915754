using System.Net;

namespace Accounting.Connector.UnitTests;

/// <summary>Answers every request with one canned response and keeps the requests (with their bodies) it saw.</summary>
internal sealed class StubHandler(HttpStatusCode status, string body, Action<HttpResponseMessage>? headers = null) : HttpMessageHandler
{
    public List<(HttpRequestMessage Request, string? Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request, request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken)));
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        headers?.Invoke(response);
        return response;
    }
}
