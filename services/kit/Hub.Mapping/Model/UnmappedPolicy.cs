namespace Hub.Mapping;

/// <summary>What a value map does with a value it has no entry for. There is no silent pass-through.</summary>
public enum UnmappedPolicy
{
    /// <summary>Use the table's default and record a warning.</summary>
    Default,

    /// <summary>Reject the record.</summary>
    Reject,
}
