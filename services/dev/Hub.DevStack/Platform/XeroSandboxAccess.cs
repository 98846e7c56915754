namespace Hub.DevStack;

/// <summary>
/// The accounting sandbox's organisation as a Xero client must name it: its access token and tenant id, given to
/// the sandbox and the connector by the platform, and used by tests and the demo when they read the sandbox's API.
/// </summary>
public static class XeroSandboxAccess
{
    public const string AccessToken = "sandbox-token";
    public const string TenantId = "8f1c2a52-5b8e-4b0c-9a51-0d3c8e6f2a17";

    /// <summary>
    /// The sandbox reports Xero's own limits by default (60 calls a minute, 5,000 a day) and the connector paces by
    /// them; the embedded platform, the demo, the benchmarks and the load tests raise them so that they measure the
    /// platform, not Xero's allowance.
    /// </summary>
    public const string LoadTestMinuteLimit = "100000";

    public const string LoadTestDayLimit = "10000000";

    /// <summary>Adds the bearer token and xero-tenant-id to every request of <paramref name="client"/>.</summary>
    public static HttpClient Authorize(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AccessToken);
        client.DefaultRequestHeaders.Remove("xero-tenant-id");
        client.DefaultRequestHeaders.TryAddWithoutValidation("xero-tenant-id", TenantId);
        return client;
    }
}
