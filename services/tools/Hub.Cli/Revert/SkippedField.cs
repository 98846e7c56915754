namespace Hub.Cli.Revert;

/// <summary>A field the platform wrote in the window that a revert cannot put back, and why.</summary>
public sealed record SkippedField(string CanonicalId, string RecordId, string Field, string Why)
{
    public const string Created = "the platform created the record: it had no previous value";

    public const string Unread = "the system cannot be read, so the previous value is unknown";
}
