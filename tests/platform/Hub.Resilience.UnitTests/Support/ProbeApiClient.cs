namespace Hub.Resilience.UnitTests.Support;

/// <summary>A typed client of one external API, as a connector's client is registered.</summary>
internal sealed class ProbeApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;
}
