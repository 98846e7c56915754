namespace Hub.Mapping;

public enum TruncationPolicy
{
    /// <summary>Cut to the limit (warning).</summary>
    Cut,

    /// <summary>Cut and end with "…" so a reader sees the text was shortened; the result is still within the limit (warning).</summary>
    CutWithEllipsis,

    /// <summary>Reject the record.</summary>
    Reject,
}
