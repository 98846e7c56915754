using Hub.DevStack;
using Hub.Sandboxes;

namespace Hub.Demo;

/// <summary>
/// The scripted business day, one small step per line: sign-ups, orders with duplicate webhooks, an ERP batch
/// window and outage, a legacy export with bad rows, an ownership conflict, a payment and a stock change. Everything
/// happens through the sandboxes' own APIs; the platform reacts as it would in production.
/// </summary>
public sealed class BusinessDay(SandboxActions act, SandboxViews look, TextWriter output)
{
    private const string ShopSku = "MUG-BLUE";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    public DayLedger Ledger { get; } = new();

    public async Task RunAsync(CancellationToken ct)
    {
        Say("08:00", "The ERP's catalogue lists the web shop's products (SHIRT-RED-M, MUG-BLUE, CAP-GREY)");
        await act.AddErpProductAsync("SHIRT-RED-M", "Red shirt (M)", ct);
        await act.AddErpProductAsync(ShopSku, "Blue mug", ct);
        await act.AddErpProductAsync("CAP-GREY", "Grey cap", ct);

        Say("09:00", $"Five customers sign up in the CRM; a sixth is typed in with a bad e-mail ({DayCast.CrmTypo.Email})");
        await SignUpInCrmAsync(DayCast.CrmMorning, ct);
        await act.CreateCrmContactAsync(DayCast.CrmTypo, ct);
        Ledger.RejectedCrmContacts.Add(DayCast.CrmTypo);

        Ledger.WebhookCopies = 3;
        Say("09:30", $"Web shop: {DayCast.WebShoppers.Length} orders by new web customers; the shop delivers each webhook {Ledger.WebhookCopies} times");
        await act.SetFaultsAsync(HubPlatform.ShopSandbox, new FaultSettings { WebhookCopies = Ledger.WebhookCopies }, ct);
        foreach (var shopper in DayCast.WebShoppers)
        {
            await OrderAsync(shopper, "SHIRT-RED-M", 2, "25.00", ct);
        }

        await Until.OrThrowAsync(async () => (await act.WebhookStatisticsAsync(HubPlatform.ShopSandbox, ct)) is { Pending: 0, Sent: >= 9 }, "the shop's webhook deliveries", StepTimeout, ct);
        Ledger.DuplicatedWebhooks = DayCast.WebShoppers.Length * (Ledger.WebhookCopies - 1);
        await act.SetFaultsAsync(HubPlatform.ShopSandbox, FaultSettings.Healthy, ct);

        Say("11:00", "ERP batch window: writes refused for 15 s (503, Retry-After 5 s) while 2 more customers sign up in the CRM");
        await act.SetFaultsAsync(HubPlatform.ErpSandbox, new FaultSettings { Mode = FaultMode.BatchWindow, RetryAfterSeconds = 5, Seconds = 15 }, ct);
        await SignUpInCrmAsync(DayCast.CrmDuringBatchWindow, ct);
        await Task.Delay(TimeSpan.FromSeconds(15), ct); // the window's own length: the next fault switch would end it early

        Say("13:00", $"ERP down for 10 s (connections dropped) while {DayCast.WebShopperDuringOutage.FullName} orders a cap in the web shop");
        await act.SetFaultsAsync(HubPlatform.ErpSandbox, new FaultSettings { Mode = FaultMode.Down, Seconds = 10 }, ct);
        await OrderAsync(DayCast.WebShopperDuringOutage, "CAP-GREY", 1, "12.00", ct);
        await Task.Delay(TimeSpan.FromSeconds(10), ct);

        await DropLegacyExportAsync(ct);
        await OrderWithOtherCompanyAsync(ct);
        await PayFirstInvoiceAsync(ct);

        Ledger.StockSku = ShopSku;
        Ledger.StockAvailable = 25 - 3;
        Say("17:00", $"Stock count in the ERP: {ShopSku} 25 on hand, 3 reserved (the shop should offer {Ledger.StockAvailable})");
        await act.SetErpStockAsync(ShopSku, 25, 3, ct);
    }

    private async Task DropLegacyExportAsync(CancellationToken ct)
    {
        Ledger.LegacyFile = "customers_20250301.csv";
        Ledger.LegacyBadRows = 2;
        var rows = DayCast.LegacyGood.Select((p, i) => DayCast.LegacyRow($"L-{i + 1}", p)).ToList();
        rows.Insert(1, DayCast.LegacyRow("L-B1", DayCast.LegacyGood[0] with { GivenName = "Ivan", FamilyName = "Broken", Email = "not-an-email" }));
        rows.Insert(3, DayCast.LegacyRow("L-B2", DayCast.LegacyGood[0] with { GivenName = "Nora", FamilyName = "Doe", Email = "nora.doe@example" }));
        Say("14:00", $"Legacy CSV export {Ledger.LegacyFile}: {rows.Count} rows, {Ledger.LegacyBadRows} of them with broken e-mail addresses");
        await act.DropLegacyCustomersAsync(Ledger.LegacyFile, rows, ct);
        Ledger.LegacyCustomers.AddRange(DayCast.LegacyGood);
    }

    private async Task OrderWithOtherCompanyAsync(CancellationToken ct)
    {
        var customer = DayCast.CrmMorning[0];
        Ledger.ConflictCustomer = customer;
        Ledger.ProposedCompany = "Typed At Checkout Ltd";
        Say("15:00", $"{customer.FullName} (a CRM customer of {customer.Company}) orders in the shop as '{Ledger.ProposedCompany}' -> conflict, the CRM owns the company name");
        await Until.OrThrowAsync(async () => (await look.ErpPartnersAsync(ct)).Any(p => p["email"]?.ToString() == customer.Email), $"{customer.FullName} in the ERP", StepTimeout, ct);
        await OrderAsync(customer with { Company = Ledger.ProposedCompany }, ShopSku, 4, "9.50", ct, newCustomer: false);
    }

    private async Task PayFirstInvoiceAsync(CancellationToken ct)
    {
        var order = Ledger.Orders[0];
        System.Text.Json.Nodes.JsonObject? invoice = null;
        await Until.OrThrowAsync(async () => (invoice = (await look.AccountingInvoicesAsync(ct)).FirstOrDefault(i => i["Reference"]?.ToString() == order)) is not null, $"the invoice of order {order}", StepTimeout, ct);
        Ledger.PaidInvoice = invoice!["InvoiceNumber"]!.ToString();
        var total = decimal.Parse(invoice["Total"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Say("16:00", $"A payment of {total:0.00} GBP for invoice {Ledger.PaidInvoice} (order {order}) is recorded in accounting");
        await act.RecordPaymentAsync(Ledger.PaidInvoice, total, ct);
    }

    private async Task SignUpInCrmAsync(IEnumerable<Person> people, CancellationToken ct)
    {
        foreach (var person in people)
        {
            await act.CreateCrmContactAsync(person, ct);
            Ledger.CrmCustomers.Add(person);
        }
    }

    private async Task OrderAsync(Person person, string sku, int quantity, string price, CancellationToken ct, bool newCustomer = true)
    {
        Ledger.Orders.Add(await act.PlaceShopOrderAsync(person, sku, quantity, price, ct));
        if (newCustomer)
        {
            Ledger.ShopCustomers.Add(person);
        }
    }

    private void Say(string clock, string what) => output.WriteLine($"  {clock}  {what}");
}
