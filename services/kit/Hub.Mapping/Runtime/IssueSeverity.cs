namespace Hub.Mapping;

/// <summary>A warning lets the record through with a note; a reject stops the whole record.</summary>
public enum IssueSeverity
{
    Warning,
    Reject,
}
