namespace Hub.Demo;

/// <summary>What the scripted day did, so the checks afterwards know what every system should hold.</summary>
public sealed class DayLedger
{
    public List<Person> CrmCustomers { get; } = [];

    /// <summary>A contact the CRM accepted but the hub's mapping rejects (a typo in the e-mail address).</summary>
    public List<Person> RejectedCrmContacts { get; } = [];

    public List<Person> ShopCustomers { get; } = [];

    /// <summary>Order numbers of every web-shop order (e.g. #1001).</summary>
    public List<string> Orders { get; } = [];

    public int WebhookCopies { get; set; } = 1;

    public int DuplicatedWebhooks { get; set; }

    public List<Person> LegacyCustomers { get; } = [];

    public string LegacyFile { get; set; } = "";

    public int LegacyBadRows { get; set; }

    public Person? ConflictCustomer { get; set; }

    public string ProposedCompany { get; set; } = "";

    public string? PaidInvoice { get; set; }

    public string StockSku { get; set; } = "";

    public long StockAvailable { get; set; }

    /// <summary>Every customer that should end up in the ERP and in accounting exactly once.</summary>
    public IEnumerable<Person> GoodCustomers => CrmCustomers.Concat(ShopCustomers).Concat(LegacyCustomers);
}
