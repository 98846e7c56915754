namespace Hub.Connectors.Polling;

/// <summary>
/// One version of one source record: its id and the time the source says it last changed (e.g. Odoo's write_date).
/// A record read again with the same key is the same change; a new change has a new <see cref="ChangedAt"/>.
/// </summary>
public readonly record struct DeltaKey(string Id, DateTimeOffset ChangedAt)
{
    public override string ToString() => $"{Id}@{ChangedAt.UtcDateTime:O}";
}
