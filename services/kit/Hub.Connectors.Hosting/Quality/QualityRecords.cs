using Hub.Mapping;
using Hub.Quality;

namespace Hub.Connectors.Hosting;

/// <summary>
/// A system's record run through an inbound mapping as a profile needs it: the source value of every mapped field, the
/// canonical values (even of a rejected record: the mapper maps every field) and every issue. Nothing is published.
/// </summary>
public static class QualityRecords
{
    public static QualityRecord Of(RecordMapper mapper, RawRecord raw)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(raw);
        var result = mapper.Map(raw.Source);
        var source = mapper.Definition.Fields
            .Where(f => f.From is not null)
            .ToDictionary(f => f.Target, f => RecordPath.Text(RecordPath.Get(raw.Source, f.From!)), StringComparer.Ordinal);
        var issues = result.Issues.Select(i => new QualityIssue(i.Field, i.Rule, i.Severity == IssueSeverity.Reject, i.Message, i.Value)).ToList();
        return new QualityRecord(raw.Id, source, MappedValues.AsText(result.Record), issues);
    }

    /// <summary>The fields the mapping fills from the source, each with the format its rules check (<see cref="FormatKinds"/>).</summary>
    public static IReadOnlyList<QualityField> FieldsOf(MappingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Fields
            .Where(f => f.From is not null)
            .Select(f => new QualityField(f.Target, f.From!, FormatOf(f)))
            .ToList();
    }

    private static string? FormatOf(FieldMapping field) =>
        new[] { field.Format?.Type }.Concat(field.Validations.Select(v => $"validate:{v.Name}"))
            .Select(rule => rule is null ? null : FormatKinds.OfRule(rule))
            .FirstOrDefault(kind => kind is not null);
}
