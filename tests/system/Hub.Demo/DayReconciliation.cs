using System.Text.Json.Nodes;
using Hub.DevStack;

namespace Hub.Demo;

/// <summary>
/// After the day: a bookkeeper retypes a customer's e-mail address in accounting by hand (the CRM owns e-mail), then
/// the operator runs `hub reconcile customers` over the CRM, ERP and accounting connectors. It must find exactly what
/// the day left unequal: that hand edit (drift in accounting) and the CRM contact the hub refused (extra in the CRM,
/// linked to no canonical customer), and nothing else.
/// </summary>
public sealed class DayReconciliation(DemoPlatform platform, SandboxActions act, SandboxViews look, TextWriter output)
{
    private const int DifferencesFound = 4;

    private static readonly (string System, string Connector)[] Compared =
    [
        ("crm", HubPlatform.CrmConnector),
        ("erp", HubPlatform.ErpConnector),
        ("accounting", HubPlatform.AccountingConnector),
    ];

    public async Task<DayCheck> RunAsync(CancellationToken ct)
    {
        var edited = DayCast.CrmMorning[1];
        var typed = edited.Email.Replace("@", ".accounts@", StringComparison.Ordinal);
        var contact = (await look.AccountingContactsAsync(ct)).First(c => c["EmailAddress"]?.ToString() == edited.Email);
        Say("17:30", $"A bookkeeper retypes {edited.FullName}'s e-mail in accounting by hand as {typed} (the CRM owns e-mail)");
        await act.EditAccountingContactEmailAsync(contact["ContactID"]!.ToString(), typed, ct);

        Say("18:00", "The operator compares the systems: hub reconcile customers --connector crm=... --connector erp=... --connector accounting=...");
        string[] arguments = ["reconcile", "customers", .. Compared.SelectMany(c => new[] { "--connector", $"{c.System}={platform.Addresses[c.Connector]}" }), "-o", "json"];
        var run = await platform.HubAsync(arguments, ct);
        if (run.ExitCode is not (0 or DifferencesFound))
        {
            return new DayCheck("reconciliation finds the hand edit and the refused CRM contact, nothing else", false, $"hub reconcile failed: {run}");
        }

        var differences = (JsonNode.Parse(run.Output)?["differences"]?.AsArray() ?? []).OfType<JsonObject>().ToList();
        foreach (var difference in differences)
        {
            output.WriteLine($"         {difference["kind"]} in {difference["system"]}: {difference["detail"]}");
        }

        var drift = differences.Count(d => Is(d, "drift", "accounting") && d["field"]?.ToString() == "email" && d["value"]?.ToString() == typed && d["expected"]?.ToString() == edited.Email);
        var extra = differences.Count(d => Is(d, "extra", "crm"));
        return new DayCheck(
            "reconciliation finds the hand edit and the refused CRM contact, nothing else",
            drift == 1 && extra == 1 && differences.Count == 2 && run.ExitCode == DifferencesFound,
            $"exit {run.ExitCode}; {differences.Count} difference(s): {drift} e-mail drift in accounting, {extra} extra in the CRM");
    }

    private static bool Is(JsonObject difference, string kind, string system) =>
        string.Equals(difference["kind"]?.ToString(), kind, StringComparison.OrdinalIgnoreCase) && difference["system"]?.ToString() == system;

    private void Say(string clock, string what) => output.WriteLine($"  {clock}  {what}");
}
