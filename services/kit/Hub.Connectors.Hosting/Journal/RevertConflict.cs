namespace Hub.Connectors.Hosting;

/// <summary>A field a revert did not put back: it holds <paramref name="Current"/>, not what the platform wrote.</summary>
public sealed record RevertConflict(string Field, string? Current, string? PlatformWrote, string? WouldRestore);
