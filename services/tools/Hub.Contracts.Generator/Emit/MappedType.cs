namespace Hub.Contracts.Generator.Emit;

/// <summary>How one Avro field type looks in C# and how values cross ISpecificRecord.Get/Put.</summary>
internal sealed class MappedType(string typeName, bool isValueType, string? initializer, Func<string, string> toAvro, Func<string, string> fromAvro)
{
    public string TypeName { get; } = typeName;

    public bool IsValueType { get; } = isValueType;

    /// <summary>Property initializer so non-nullable members never start out null; null when default(T) is fine.</summary>
    public string? Initializer { get; } = initializer;

    /// <summary>Expression turning the property (given as an expression) into what Apache.Avro writes.</summary>
    public Func<string, string> ToAvro { get; } = toAvro;

    /// <summary>Expression turning an <c>object?</c> from Apache.Avro's reader into the property type.</summary>
    public Func<string, string> FromAvro { get; } = fromAvro;
}
