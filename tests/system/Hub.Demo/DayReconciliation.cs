using System.Text.Json.Nodes;
using Hub.DevStack;

namespace Hub.Demo;

/// <summary>
/// After the day, two hand edits no event carries: a bookkeeper retypes a customer's e-mail address in accounting
/// (the CRM owns e-mail) and a clerk deletes the sale order of the last web order in the ERP. Then the operator runs
/// `hub reconcile customers` over the CRM, ERP and accounting connectors and `hub reconcile orders` over the shop, ERP
/// and accounting ones. They must find exactly what the day left unequal: the e-mail drift in accounting and the CRM
/// contact the hub refused (extra in the CRM, linked to no canonical customer but to its dead letter); the order
/// missing in the ERP.
/// </summary>
public sealed class DayReconciliation(DemoPlatform platform, SandboxActions act, SandboxViews look, DayLedger day, TextWriter output)
{
    private const int DifferencesFound = 4;

    private static readonly (string System, string Connector)[] CustomerSystems =
    [
        ("crm", HubPlatform.CrmConnector),
        ("erp", HubPlatform.ErpConnector),
        ("accounting", HubPlatform.AccountingConnector),
    ];

    private static readonly (string System, string Connector)[] OrderSystems =
    [
        ("shop", HubPlatform.ShopConnector),
        ("erp", HubPlatform.ErpConnector),
        ("accounting", HubPlatform.AccountingConnector),
    ];

    public async Task<IReadOnlyList<DayCheck>> RunAsync(CancellationToken ct)
    {
        var edited = DayCast.CrmMorning[1];
        var typed = edited.Email.Replace("@", ".accounts@", StringComparison.Ordinal);
        var contact = (await look.AccountingContactsAsync(ct)).First(c => c["EmailAddress"]?.ToString() == edited.Email);
        Say("17:30", $"A bookkeeper retypes {edited.FullName}'s e-mail in accounting by hand as {typed} (the CRM owns e-mail)");
        await act.EditAccountingContactEmailAsync(contact["ContactID"]!.ToString(), typed, ct);

        var deleted = day.Orders[^1];
        var saleOrder = (await look.ErpSaleOrdersAsync(ct)).First(o => o["origin"]?.ToString() == deleted);
        Say("17:45", $"A clerk deletes the ERP's quotation {saleOrder["name"]} for web order {deleted} by hand");
        await act.DeleteErpSaleOrderAsync(saleOrder["id"]!.GetValue<int>(), ct);

        return [await CustomersAsync(edited, typed, ct), await OrdersAsync(ct)];
    }

    private async Task<DayCheck> CustomersAsync(Person edited, string typed, CancellationToken ct)
    {
        var (run, differences) = await ReconcileAsync("18:00", "customers", CustomerSystems, ct);
        const string What = "reconciliation finds the hand edit and the refused CRM contact, nothing else";
        if (run.ExitCode is not (0 or DifferencesFound))
        {
            return new DayCheck(What, false, $"hub reconcile failed: {run}");
        }

        var drift = differences.Count(d => Is(d, "drift", "accounting") && d["field"]?.ToString() == "email" && d["value"]?.ToString() == typed && d["expected"]?.ToString() == edited.Email);
        // The refused contact is on the CRM connector's dead-letter topic, and reconcile says so.
        var extra = differences.Count(d => Is(d, "extra", "crm") && d["links"]?.AsArray().Any(l => l?["kind"]?.ToString() == "dead-letter") == true);
        return new DayCheck(
            What,
            drift == 1 && extra == 1 && differences.Count == 2 && run.ExitCode == DifferencesFound,
            $"exit {run.ExitCode}; {differences.Count} difference(s): {drift} e-mail drift in accounting, {extra} extra in the CRM linked to its dead letter");
    }

    private async Task<DayCheck> OrdersAsync(CancellationToken ct)
    {
        var (run, differences) = await ReconcileAsync("18:05", "orders", OrderSystems, ct);
        const string What = "order reconciliation finds the deleted sale order missing in the ERP, nothing else";
        if (run.ExitCode is not (0 or DifferencesFound))
        {
            return new DayCheck(What, false, $"hub reconcile failed: {run}");
        }

        var missing = differences.Count(d => Is(d, "missing", "erp"));
        return new DayCheck(
            What,
            missing == 1 && differences.Count == 1 && run.ExitCode == DifferencesFound,
            $"exit {run.ExitCode}; {differences.Count} difference(s): {missing} order missing in the ERP ({day.Orders.Count} orders in the shop)");
    }

    private async Task<(CommandResult Run, List<JsonObject> Differences)> ReconcileAsync(
        string clock, string entity, (string System, string Connector)[] systems, CancellationToken ct)
    {
        Say(clock, $"The operator compares the systems: hub reconcile {entity} {string.Join(' ', systems.Select(s => $"--connector {s.System}=..."))}");
        string[] arguments = ["reconcile", entity, .. systems.SelectMany(c => new[] { "--connector", $"{c.System}={platform.Addresses[c.Connector]}" }), "-o", "json"];
        var run = await platform.HubAsync(arguments, ct);
        var differences = run.ExitCode is 0 or DifferencesFound
            ? (JsonNode.Parse(run.Output)?["differences"]?.AsArray() ?? []).OfType<JsonObject>().ToList()
            : [];
        foreach (var difference in differences)
        {
            output.WriteLine($"         {difference["kind"]} in {difference["system"]}: {difference["detail"]}");
            foreach (var link in difference["links"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                output.WriteLine($"           linked to {link["detail"]} ({link["ref"]})");
            }
        }

        return (run, differences);
    }

    private static bool Is(JsonObject difference, string kind, string system) =>
        string.Equals(difference["kind"]?.ToString(), kind, StringComparison.OrdinalIgnoreCase) && difference["system"]?.ToString() == system;

    private void Say(string clock, string what) => output.WriteLine($"  {clock}  {what}");
}
