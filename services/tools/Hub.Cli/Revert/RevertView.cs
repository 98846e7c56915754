using Hub.Cli.Output;

namespace Hub.Cli.Revert;

/// <summary>A revert plan as a table (one row per field) or, with -o json, as JSON.</summary>
public static class RevertView
{
    public static void Show(CliOutput output, RevertPlan plan)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        if (output.IsJson)
        {
            output.WriteJson(new { plan.Window, plan.EntriesRead, records = plan.Records, skipped = plan.Skipped });
            return;
        }

        output.Line($"{plan.EntriesRead} journaled write(s) of {plan.Window.System} in the window; {plan.FieldCount} field(s) of {plan.Records.Count} record(s) to put back.");
        if (plan.Records.Count > 0)
        {
            var table = CliOutput.NewTable("Record", "Canonical id", "Field", "Platform wrote", "Put back");
            foreach (var record in plan.Records)
            {
                foreach (var field in record.Fields)
                {
                    CliOutput.AddRow(table, record.RecordId, record.CanonicalId, field.Field, field.Expected ?? "(blank)", field.RestoreTo ?? "(blank)");
                }
            }

            output.Write(table);
        }

        foreach (var skipped in plan.Skipped)
        {
            output.Line($"  not revertible: {skipped.RecordId} {skipped.Field}: {skipped.Why}");
        }
    }
}
