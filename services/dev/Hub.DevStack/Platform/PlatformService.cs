namespace Hub.DevStack;

/// <summary>
/// One service of the platform to start as a process: its name, its project (the dll is
/// artifacts/bin/&lt;Project&gt;/&lt;configuration&gt;/&lt;Project&gt;.dll) and its configuration, which may name
/// other services' addresses (a connector calls its sandbox; the sandbox sends webhooks to the connector).
/// </summary>
public sealed record PlatformService(string Name, string Project, Func<PlatformAddresses, IReadOnlyDictionary<string, string>> Settings)
{
    /// <summary>What answers 200 once the service can do its work.</summary>
    public string ReadyPath { get; init; } = "/health/live";
}
