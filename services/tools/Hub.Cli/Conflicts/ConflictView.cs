using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Identity;
using Spectre.Console;

namespace Hub.Cli.Conflicts;

/// <summary>How conflicts are shown to people, and what a decision does (and does not do).</summary>
public static class ConflictView
{
    private const int CellWidth = 40;

    public static Table List(IEnumerable<ConflictRecord> conflicts)
    {
        var table = CliOutput.NewTable("id", "entity", "canonical id", "field", "current -> proposed", "proposing system", "owner", "raised at", "status");
        foreach (var c in conflicts)
        {
            CliOutput.AddRow(table, c.ConflictId, c.EntityType, c.CanonicalId, c.Field, $"{Cell(c.CurrentValue)} -> {Cell(c.ProposedValue)}",
                c.ProposingSystem, c.OwnerSystem ?? "-", TimeExpression.Show(c.RaisedAt), Status(c));
        }

        return table;
    }

    public static Table Details(ConflictRecord c, IReadOnlyList<SystemLink> links)
    {
        var table = CliOutput.NewTable("field", "value");
        CliOutput.AddRow(table, "id", c.ConflictId);
        CliOutput.AddRow(table, "status", Status(c));
        CliOutput.AddRow(table, "entity", $"{c.EntityType} {c.CanonicalId}");
        CliOutput.AddRow(table, "field", c.Field);
        CliOutput.AddRow(table, "current value", Value(c.CurrentValue));
        CliOutput.AddRow(table, "proposed value", Value(c.ProposedValue));
        CliOutput.AddRow(table, "proposed by", $"{c.ProposingSystem} at {TimeExpression.Show(c.OccurredAt)}");
        CliOutput.AddRow(table, "owner", c.OwnerSystem ?? "-");
        CliOutput.AddRow(table, "why queued", c.Reason ?? "-");
        CliOutput.AddRow(table, "raised at", TimeExpression.Show(c.RaisedAt));
        CliOutput.AddRow(table, "correlation id", c.CorrelationId);
        CliOutput.AddRow(table, "records", links.Count == 0 ? "-" : string.Join(", ", links.Select(l => $"{l.System}:{l.LocalId}")));
        if (c.Status != ConflictStatus.Pending)
        {
            CliOutput.AddRow(table, "decision note", c.DecisionNote ?? "-");
        }

        return table;
    }

    /// <summary>"pending", or who decided and when: the answer to "why can't I accept this?".</summary>
    public static string Status(ConflictRecord c) => c.Status switch
    {
        ConflictStatus.Pending => "pending",
        _ => $"{Decision(c.Status)} by {c.DecidedBy ?? "?"} at {(c.DecidedAt is { } at ? TimeExpression.Show(at) : "?")}",
    };

    public static string Decision(ConflictStatus status) => status.ToString().ToLowerInvariant();

    public static string Verb(ConflictStatus decision) => decision == ConflictStatus.Accepted ? "accept" : "reject";

    /// <summary>
    /// What the decision means. The hub never writes the proposed value anywhere itself: the owner stays the single
    /// source of the field, so an accepted value has to be entered there and flows out from it like any other change.
    /// </summary>
    public static string Consequence(ConflictRecord c, ConflictStatus decision, IReadOnlyList<SystemLink> links)
    {
        var owner = c.OwnerSystem ?? $"the system that owns {c.Field}";
        var record = links.Where(l => l.System == c.OwnerSystem).Select(l => l.LocalId).ToList() is { Count: > 0 } ids
            ? $" (record {string.Join(", ", ids)})"
            : "";
        return decision == ConflictStatus.Accepted
            ? $"Accepting records the decision only; it changes no system. Next: enter {Value(c.ProposedValue)} as {c.Field} of {c.EntityType} {c.CanonicalId} in {owner}{record}; from {owner} it flows to every other system."
            : $"Rejecting records the decision only; it changes no system. {owner}{record} keeps {Value(c.CurrentValue)}; if {c.ProposingSystem} should not keep {Value(c.ProposedValue)}, correct it there.";
    }

    public static string Value(string? value) => value is null ? "(empty)" : $"'{value}'";

    private static string Cell(string? value) => Value(value is { Length: > CellWidth } ? value[..(CellWidth - 1)] + "…" : value);
}
