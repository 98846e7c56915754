namespace Hub.Connectors.Hosting;

/// <summary>
/// What a connector knows, before writing, of the record an outbound event is about in its own system: that it does
/// not exist yet (it is about to be created), its current values, or only that it exists (the system cannot be read).
/// </summary>
public sealed class TargetRecord
{
    private TargetRecord(bool exists, IReadOnlyDictionary<string, string?>? values)
    {
        Exists = exists;
        Values = values;
    }

    /// <summary>The system does not have the record yet: it is created.</summary>
    public static TargetRecord New { get; } = new(exists: false, values: null);

    /// <summary>The record exists, but its values cannot be read (e.g. a system fed by import files).</summary>
    public static TargetRecord Unread { get; } = new(exists: true, values: null);

    public bool Exists { get; }

    /// <summary>Current values keyed and formatted like <see cref="OutboundChange.Desired"/>; null when not read.</summary>
    public IReadOnlyDictionary<string, string?>? Values { get; }

    /// <summary>The record exists with these values (target field → text, in the form the mapping produces).</summary>
    public static TargetRecord Read(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new TargetRecord(exists: true, values);
    }
}
