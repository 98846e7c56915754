using System.Text.Json.Nodes;
using Hub.DevStack;

namespace Hub.Demo;

/// <summary>
/// What the day must have led to in every system: nothing lost (every good record arrived), nothing duplicated
/// (each exactly once), and every bad record accounted for (dead-lettered, quarantined or queued for a person).
/// </summary>
public sealed class DayChecks(DayLedger day, SandboxViews look, ConnectorMetrics metrics, DemoPlatform platform)
{
    public async Task<IReadOnlyList<DayCheck>> EvaluateAsync(CancellationToken ct)
    {
        var partners = await look.ErpPartnersAsync(ct);
        var contacts = await look.AccountingContactsAsync(ct);
        var saleOrders = await look.ErpSaleOrdersAsync(ct);
        var invoices = await look.AccountingInvoicesAsync(ct);
        var crm = await metrics.ScrapeAsync(HubPlatform.CrmConnector, ct);
        var shop = await metrics.ScrapeAsync(HubPlatform.ShopConnector, ct);
        var accounting = await metrics.ScrapeAsync(HubPlatform.AccountingConnector, ct);
        return
        [
            ExactlyOnce("CRM customers", day.CrmCustomers, partners, contacts),
            ExactlyOnce("web-shop customers", day.ShopCustomers, partners, contacts),
            ExactlyOnce("good legacy rows", day.LegacyCustomers, partners, contacts),
            Rejected(partners, contacts, Count(crm, "hub_connector_inbound_records_total", "rejected")),
            Orders(saleOrders, invoices),
            await QuarantineAsync(ct),
            await ConflictAsync(partners),
            Check("the payment became a PaymentReceived event", Count(accounting, "hub_connector_inbound_records_total", "published") >= 1, $"invoice {day.PaidInvoice}"),
            await StockAsync(ct),
            Check("duplicate webhooks suppressed", Count(shop, "hub_connector_inbound_records_total", "duplicate") >= day.DuplicatedWebhooks,
                $"{Count(shop, "hub_connector_inbound_records_total", "duplicate")} of {day.DuplicatedWebhooks} extra deliveries dropped"),
        ];
    }

    private static DayCheck ExactlyOnce(string who, IReadOnlyList<Person> people, List<JsonObject> partners, List<JsonObject> contacts)
    {
        var inErp = people.Count(p => partners.Count(x => x["email"]?.ToString() == p.Email) == 1);
        var inAccounting = people.Count(p => contacts.Count(x => x["EmailAddress"]?.ToString() == p.Email) == 1);
        return Check($"{who}: each exactly once in the ERP and in accounting", inErp == people.Count && inAccounting == people.Count,
            $"{inErp}/{people.Count} in the ERP, {inAccounting}/{people.Count} in accounting");
    }

    private DayCheck Rejected(List<JsonObject> partners, List<JsonObject> contacts, double rejected)
    {
        var leaked = day.RejectedCrmContacts.Count(p => partners.Any(x => x["email"]?.ToString() == p.Email) || contacts.Any(x => x["EmailAddress"]?.ToString() == p.Email));
        return Check("the CRM contact with a bad e-mail was dead-lettered, not spread", leaked == 0 && rejected >= day.RejectedCrmContacts.Count,
            $"{rejected} rejected by the CRM connector, {leaked} reached another system");
    }

    private DayCheck Orders(List<JsonObject> saleOrders, List<JsonObject> invoices)
    {
        var inErp = day.Orders.Count(o => saleOrders.Count(s => s["origin"]?.ToString() == o) == 1);
        var invoiced = day.Orders.Count(o => invoices.Count(i => i["Reference"]?.ToString() == o) == 1);
        return Check("orders: each exactly once as ERP sale order and accounting invoice", inErp == day.Orders.Count && invoiced == day.Orders.Count,
            $"{inErp}/{day.Orders.Count} sale orders, {invoiced}/{day.Orders.Count} invoices");
    }

    private async Task<DayCheck> QuarantineAsync(CancellationToken ct)
    {
        var file = Path.Combine(platform.LegacyFolder, "quarantine", day.LegacyFile + ".rejected.csv");
        var rows = File.Exists(file) ? (await File.ReadAllLinesAsync(file, ct)).Length - 1 : 0;
        return Check("bad legacy rows quarantined", rows == day.LegacyBadRows, $"{rows} of {day.LegacyBadRows} rows in quarantine/{Path.GetFileName(file)}");
    }

    private async Task<DayCheck> ConflictAsync(List<JsonObject> partners)
    {
        var customer = day.ConflictCustomer!;
        var canonicalId = partners.FirstOrDefault(p => p["email"]?.ToString() == customer.Email)?["ref"]?.ToString();
        var pending = await platform.Conflicts.ListPendingAsync(1000);
        var conflict = pending.FirstOrDefault(c => c.CanonicalId == canonicalId && c.Field == "companyName" && c.ProposedValue == day.ProposedCompany);
        return Check("the company-name conflict waits for a person", conflict is not null,
            conflict is null ? "not on the resolution queue" : $"{conflict.ProposingSystem} proposed '{conflict.ProposedValue}', {conflict.OwnerSystem} owns it");
    }

    private async Task<DayCheck> StockAsync(CancellationToken ct)
    {
        var available = await look.ShopAvailableAsync(day.StockSku, ct);
        return Check("the ERP's stock level reached the web shop", available == day.StockAvailable, $"{day.StockSku} available {available} (expected {day.StockAvailable})");
    }

    private static double Count(IReadOnlyList<MetricSample> samples, string name, string outcome) =>
        samples.Where(s => s.Name == name && s.Label("outcome") == outcome).Sum(s => s.Value);

    private static DayCheck Check(string what, bool holds, string detail) => new(what, holds, detail);
}
