namespace Crm.Sandbox.Contacts;

/// <summary>A contact as the CRM objects API returns it: every property value is text.</summary>
public sealed record Contact(string Id, IReadOnlyDictionary<string, string?> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public bool Archived => false;

    /// <summary>
    /// Only the requested properties (plus the ones the CRM always returns), as the API's ?properties= does. A
    /// requested property the contact has no value for is returned as null, as HubSpot does; a name that is no
    /// contact property at all is left out.
    /// </summary>
    public Contact Select(IReadOnlyCollection<string>? names)
    {
        if (names is null || names.Count == 0)
        {
            return this;
        }

        var selected = names.Where(ContactProperties.Known.Contains).Concat(ContactProperties.AlwaysReturned).Distinct(StringComparer.Ordinal)
            .ToDictionary(name => name, name => Properties.GetValueOrDefault(name), StringComparer.Ordinal);
        return this with { Properties = selected };
    }
}
