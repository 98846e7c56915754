namespace Hub.Mapping;

/// <summary>
/// The rules for one target field, applied in a fixed order: read <see cref="From"/>, text transforms, missing →
/// default/required, value map, format, max length, validation. The order is fixed (not the order written in the
/// file) so a reader of a mapping never has to wonder whether a length limit saw the value before or after trimming.
/// </summary>
public sealed record FieldMapping
{
    public required string Target { get; init; }

    /// <summary>Dotted source path; null for a constant field (then <see cref="Default"/> is the value).</summary>
    public string? From { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<TextTransform> Transforms { get; init; } = [];

    public ValueMapReference? ValueMap { get; init; }

    public FormatRule? Format { get; init; }

    public MaxLengthRule? MaxLength { get; init; }

    public bool Required { get; init; }

    /// <summary>Target value used when the source is missing or blank; it is final (no further rules run on it).</summary>
    public string? Default { get; init; }

    public IReadOnlyList<ValidationRule> Validations { get; init; } = [];

    /// <summary>Line in the mapping file, for messages.</summary>
    public long Line { get; init; }
}
