namespace Hub.Identity;

public enum FieldVerdict
{
    Apply,

    /// <summary>Stale: a newer change to the field was already accepted (last-write-wins).</summary>
    Ignore,

    Reject,

    /// <summary>A person must decide: raise a <see cref="ConflictRecord"/> on the resolution queue.</summary>
    QueueForResolution,
}
