using System.Text;

namespace Hub.Schemas.Gate;

/// <summary>What the gate checked and found; <see cref="Format"/> is what people read.</summary>
public sealed class GateReport(
    string contractsDirectory,
    GateSettings settings,
    int fileCount,
    int eventCount,
    IReadOnlyList<GateFinding> findings,
    IReadOnlyList<string> notes,
    IReadOnlyList<(ContractFile File, AvroSchemaDocument Schema)> latestVersions)
{
    public string ContractsDirectory => contractsDirectory;

    public GateSettings Settings => settings;

    public int FileCount => fileCount;

    public int EventCount => eventCount;

    public IReadOnlyList<GateFinding> Findings => findings;

    /// <summary>Things worth knowing that do not fail the gate (skipped checks, harmless edits).</summary>
    public IReadOnlyList<string> Notes => notes;

    /// <summary>The newest parsed version of each event: what producers register, so what a registry is asked about.</summary>
    public IReadOnlyList<(ContractFile File, AvroSchemaDocument Schema)> LatestVersions => latestVersions;

    public bool Passed => findings.Count == 0;

    /// <summary>A copy with checks made elsewhere (e.g. against a running registry) added.</summary>
    public GateReport With(IEnumerable<GateFinding> moreFindings, IEnumerable<string> moreNotes) => new(
        contractsDirectory, settings, fileCount, eventCount, [.. findings, .. moreFindings], [.. notes, .. moreNotes], latestVersions);

    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine($"contracts gate: {fileCount} schema files, {eventCount} events in {contractsDirectory}, level {settings.Level.ToWireName()} (from {GateSettings.FileName})");
        foreach (var note in notes)
        {
            text.AppendLine($"note: {note}");
        }

        if (Passed)
        {
            text.AppendLine("OK: every version is compatible with the earlier versions of its event.");
            return text.ToString();
        }

        text.AppendLine($"FAILED: {findings.Count} problem{(findings.Count == 1 ? "" : "s")}.");
        text.AppendLine();
        text.AppendLine("The first problem, in plain words:");
        foreach (var line in PlainWords.Explain(findings[0], settings.Level))
        {
            text.AppendLine($"  {line}");
        }

        text.AppendLine();
        text.AppendLine("All problems:");
        for (var i = 0; i < findings.Count; i++)
        {
            text.AppendLine($"{i + 1}. [{findings[i].Kind}] {findings[i].Summary}");
            foreach (var detail in findings[i].Details)
            {
                text.AppendLine($"     - {detail}");
            }
        }

        return text.ToString();
    }
}
