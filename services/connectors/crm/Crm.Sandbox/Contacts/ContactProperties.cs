namespace Crm.Sandbox.Contacts;

/// <summary>The properties the sandbox's contact object knows; writes to others fail as they do in the real CRM.</summary>
public static class ContactProperties
{
    public const string ExternalId = "hub_customer_id";

    public static readonly IReadOnlySet<string> Writable = new HashSet<string>(StringComparer.Ordinal)
    {
        "firstname", "lastname", "email", "phone", "mobilephone", "company", "jobtitle", "website",
        "address", "city", "zip", "state", "country", "vat_number", "hs_language", "lifecyclestage",
        "company_type", "industry", "credit_limit", "currency", "is_internal", "key_account", "last_contacted_uk", ExternalId,
    };

    /// <summary>Unique properties: usable as idProperty of an upsert.</summary>
    public static readonly IReadOnlySet<string> Unique = new HashSet<string>(StringComparer.Ordinal) { "email", ExternalId };

    /// <summary>What GET returns without ?properties=, as HubSpot's default contact properties.</summary>
    public static readonly IReadOnlyList<string> Default = ["firstname", "lastname", "email", "createdate", "lastmodifieddate", "hs_object_id"];

    public static readonly IReadOnlySet<string> AlwaysReturned = new HashSet<string>(StringComparer.Ordinal) { "hs_object_id", "createdate", "lastmodifieddate" };

    /// <summary>Every property a contact has (with or without a value): the writable ones and those the CRM sets.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(Writable.Concat(AlwaysReturned), StringComparer.Ordinal);
}
