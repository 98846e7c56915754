namespace Hub.Schemas.Gate;

/// <summary>
/// Catches the classic way to break consumers: editing a version that was already published. Registries and
/// running services know that version by its committed text, so a changed file must still read and write data
/// exactly as its committed self did (FULL against it); anything more belongs in a new version.
/// </summary>
internal sealed class PublishedVersionCheck(ICommittedContracts committed, string display)
{
    /// <summary>A finding for a harmful edit, or a note when the file changed harmlessly or could not be judged.</summary>
    public (GateFinding? Finding, string? Note) Check(ContractFile file, AvroSchemaDocument current)
    {
        var path = ContractsGate.Show(display, file);
        var old = committed.ReadCommitted(file.RelativePath);
        if (old is null || Normalize(old) == Normalize(current.Text))
        {
            return (null, null);
        }

        AvroSchemaDocument before;
        try
        {
            before = AvroSchemaDocument.Parse(old);
        }
        catch (InvalidSchemaException)
        {
            return (null, $"{path}: the version committed at {committed.Revision} does not parse, so the in-place edit was not compared.");
        }

        var label = $"the committed {file.Label} at {committed.Revision}";
        var result = AvroCompatibilityChecker.Instance.Check(CompatibilityLevel.Full, current.Schema, [new PreviousSchema(label, before.Schema)]);
        if (result.IsCompatible)
        {
            return (null, $"{path} changed since {committed.Revision} but still reads and writes like the committed {file.Label} (docs or formatting).");
        }

        return (new GateFinding(
            GateFindingKind.PublishedVersionChanged,
            path,
            $"{path} ({file.Label}) was edited in place since {committed.Revision} and is no longer fully compatible with its committed self; " +
            "published versions must not change: revert it and make the change in a new version.",
            result.Messages,
            result.Incompatibilities[0]), null);
    }

    // Git may check files out with CRLF; line endings are not a change to the schema.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
