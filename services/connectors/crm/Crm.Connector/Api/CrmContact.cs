namespace Crm.Connector.Api;

/// <summary>A contact as the CRM objects API returns it: every property value is text.</summary>
public sealed record CrmContact
{
    public required string Id { get; init; }

    public Dictionary<string, string?> Properties { get; init; } = new(StringComparer.Ordinal);

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public bool Archived { get; init; }

    /// <summary>The record the inbound mapping reads: { id, properties: { ... } }.</summary>
    public IReadOnlyDictionary<string, object?> ToMappingSource() => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["id"] = Id,
        ["properties"] = Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };
}
