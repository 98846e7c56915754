namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// What `hub capture replay` runs the captured webhooks through: the candidate connector's dll, the sandbox (a dll it
/// starts, or the address of one already running), the API name the connector calls the sandbox by
/// (<c>ExternalApis:{Api}:BaseUrl</c>) and the settings each is given over the replay's own.
/// </summary>
public sealed record ReplaySetup(
    string CandidateDll,
    string? SandboxDll,
    Uri? SandboxUrl,
    string Api,
    IReadOnlyDictionary<string, string> CandidateSettings,
    IReadOnlyDictionary<string, string> SandboxSettings,
    string ReadyPath)
{
    /// <summary>How long each process may take to answer on its ready path.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the candidate may take to write its capture of the last delivery after answering it.</summary>
    public TimeSpan CaptureTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
