using System.Net;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>The external system: answers 401 unless the request carries one of the accepted credentials.</summary>
internal sealed class RecordingSystem : HttpMessageHandler
{
    public HashSet<string> Accepted { get; } = new(StringComparer.Ordinal);

    public List<string?> Credentials { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var credential = request.Headers.TryGetValues("Authorization", out var values) ? values.Single() : null;
        lock (Credentials)
        {
            Credentials.Add(credential);
        }

        var status = credential is not null && Accepted.Contains(credential) ? HttpStatusCode.OK : HttpStatusCode.Unauthorized;
        return Task.FromResult(new HttpResponseMessage(status));
    }
}
