namespace Crm.Sandbox.Contacts;

/// <summary>A contact as the CRM objects API returns it: every property value is text.</summary>
public sealed record Contact(string Id, IReadOnlyDictionary<string, string?> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public bool Archived => false;

    /// <summary>Only the requested properties (plus the ones the CRM always returns), as the API's ?properties= does.</summary>
    public Contact Select(IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return this;
        }

        var selected = Properties.Where(p => names.Contains(p.Key) || ContactProperties.AlwaysReturned.Contains(p.Key))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return this with { Properties = selected };
    }
}
