namespace Hub.Schemas.Gate;

/// <summary>Turns a finding into sentences for someone who does not know Avro's resolution rules by heart.</summary>
internal static class PlainWords
{
    public static IEnumerable<string> Explain(GateFinding finding, CompatibilityLevel level)
    {
        yield return finding.Summary;
        if (finding.First is { } first)
        {
            yield return $"Rule broken: {first.Type} at '{first.Path}' in the reading schema: {first.Message}";
            if (first.Context is { } context)
            {
                yield return $"Between: {context}.";
                yield return context.StartsWith("new schema", StringComparison.Ordinal)
                    ? "So consumers on the new version could not read events written with the older one (still in the topics, and read again on every replay)."
                    : "So consumers still on the older version could not read events written with the new one.";
            }

            yield return $"What it means: {Meaning(first.Type)}";
            yield return $"How to fix: {Fix(first.Type)}";
            yield break;
        }

        if (finding.Details.Count > 0)
        {
            yield return $"First reason given: {finding.Details[0]}";
        }

        yield return finding.Kind switch
        {
            GateFindingKind.BadFileName => "How to fix: name the file <Event>.v<N>.avsc; the gate, the generator and the tests find versions by that name.",
            GateFindingKind.InvalidSchema => "How to fix: make the file valid JSON and a valid Avro schema (Apache.Avro's message above says where).",
            GateFindingKind.VersionGap => "How to fix: number the files v1, v2, ... in the order they were published; never renumber a published version.",
            GateFindingKind.RegistryIncompatible =>
                $"How to fix: make the newest version compatible with what the subject holds, under the subject's own level in the registry (the gate's is {level.ToWireName()}); " +
                "if the subject holds a schema the contracts never had, that registration is the problem.",
            _ => "How to fix: see the details below.",
        };
    }

    private static string Meaning(IncompatibilityType type) => type switch
    {
        IncompatibilityType.ReaderFieldMissingDefaultValue =>
            "the reader expects a field that the written data does not have, and the field has no default: a field was added without a default, or a field without a default was removed.",
        IncompatibilityType.TypeMismatch =>
            "a type changed in a way Avro cannot convert (only int→long→float→double and string↔bytes widen, and older readers cannot narrow back).",
        IncompatibilityType.NameMismatch => "a record, enum or fixed type was renamed or moved to another namespace.",
        IncompatibilityType.MissingEnumSymbols => "an enum symbol the writer can send is unknown to the reader, and the reader's enum has no default to fall back to.",
        IncompatibilityType.MissingUnionBranch => "a type the writer can send has no matching branch in the reader's union.",
        IncompatibilityType.DecimalMismatch => "a decimal's precision or scale changed, which changes what the stored bytes mean.",
        IncompatibilityType.FixedSizeMismatch => "a fixed type changed its size.",
        _ => type.ToString(),
    };

    private static string Fix(IncompatibilityType type) => type switch
    {
        IncompatibilityType.ReaderFieldMissingDefaultValue =>
            "give the field a default (an optional field is [\"null\", T] with \"default\": null); only fields with a default may be removed.",
        IncompatibilityType.TypeMismatch => "keep the old type; for another type add a new field with a default and stop filling the old one.",
        IncompatibilityType.NameMismatch => "keep the full name, or add the old full name to the type's \"aliases\".",
        IncompatibilityType.MissingEnumSymbols =>
            "never remove or rename a symbol; add new symbols at the end and keep \"default\": \"Unknown\" on the enum.",
        IncompatibilityType.MissingUnionBranch => "keep every union branch; a new kind of value needs a new field.",
        IncompatibilityType.DecimalMismatch => "keep precision and scale; a different scale needs a new field.",
        IncompatibilityType.FixedSizeMismatch => "keep the size; a different size needs a new field.",
        _ => "see the details below.",
    };
}
