namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// One field that differs between a production call and the candidate's (<see cref="Production"/> and
/// <see cref="Candidate"/> are the values, null where the field is absent), or, with path <see cref="WholeCall"/>, a call
/// only one side made.
/// </summary>
public sealed record ReplayDifference(string Webhook, string Call, string Method, string Template, string Path, string? Production, string? Candidate)
{
    public const string WholeCall = "(call)";

    /// <summary>The allow-list says this difference is expected (timestamps, generated ids).</summary>
    public bool Allowed { get; init; }
}
