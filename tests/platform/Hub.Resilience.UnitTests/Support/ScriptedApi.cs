using System.Net;

namespace Hub.Resilience.UnitTests.Support;

/// <summary>An external API that answers every request with the same status (and Retry-After, when set), counting requests.</summary>
internal sealed class ScriptedApi : HttpMessageHandler
{
    private int _requests;

    public HttpStatusCode Status { get; set; } = HttpStatusCode.ServiceUnavailable;

    public TimeSpan? RetryAfter { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        var response = new HttpResponseMessage(Status) { RequestMessage = request };
        if (RetryAfter is { } after)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
        }

        return Task.FromResult(response);
    }
}
