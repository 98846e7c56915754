using System.Net;
using System.Text;

namespace Hub.Serialization.Avro.UnitTests;

/// <summary>Answers registry requests from a script and records what was asked, in order.</summary>
public sealed class StubRegistryHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();

    public List<(HttpRequestMessage Request, string? Body)> Requests { get; } = [];

    /// <summary>Answers every request that finds the script empty.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage>? Fallback { get; set; }

    public StubRegistryHandler Then(HttpStatusCode status, string json)
    {
        _script.Enqueue(_ => Json(status, json));
        return this;
    }

    public StubRegistryHandler Then(Func<HttpRequestMessage, HttpResponseMessage> respond)
    {
        _script.Enqueue(respond);
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/vnd.schemaregistry.v1+json"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request, body));
        var respond = _script.Count > 0 ? _script.Dequeue() : Fallback ?? throw new InvalidOperationException($"Unexpected {request.Method} {request.RequestUri}");
        return respond(request);
    }
}
