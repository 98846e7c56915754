namespace Crm.Sandbox.Contacts;

/// <summary>A contact as the CRM objects API writes it: { id, properties, createdAt, updatedAt, archived }.</summary>
public sealed record ContactJson(string Id, IReadOnlyDictionary<string, string?> Properties, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, bool Archived)
{
    public static ContactJson From(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new(contact.Id, contact.Properties, contact.CreatedAt, contact.UpdatedAt, contact.Archived);
    }
}
