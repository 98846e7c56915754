using Hub.Cli.Output;

namespace Hub.Cli.Traffic.Replay;

/// <summary>What `hub capture replay` prints: one row per differing field, then a summary line.</summary>
public static class ReplayView
{
    public static void Show(CliOutput output, ReplayReport report, int allowRules)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var summary = new
        {
            webhooks = report.Webhooks,
            productionCalls = report.ProductionCalls,
            candidateCalls = report.CandidateCalls,
            differences = report.Unexpected.Count(),
            allowed = report.Differences.Count(d => d.Allowed),
        };
        if (output.IsJson)
        {
            output.WriteJson(new { summary, differences = report.Differences });
            return;
        }

        if (report.Differences.Count > 0)
        {
            var table = CliOutput.NewTable("webhook", "call", "field", "production", "candidate", "");
            foreach (var d in report.Differences)
            {
                CliOutput.AddRow(table, d.Webhook, d.Call, d.Path, d.Production ?? "(none)", d.Candidate ?? "(none)", d.Allowed ? "allowed" : "");
            }

            output.Write(table);
        }

        output.Line($"{summary.webhooks} webhook(s) replayed; {summary.productionCalls} call(s) in production, {summary.candidateCalls} by the candidate; "
            + $"{summary.differences} difference(s), {summary.allowed} allowed by {allowRules} rule(s).");
    }
}
