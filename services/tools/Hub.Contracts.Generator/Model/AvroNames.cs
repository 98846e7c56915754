namespace Hub.Contracts.Generator.Model;

/// <summary>Avro's naming rules (spec "Names"): a dotted name is already full, otherwise the namespace applies.</summary>
internal static class AvroNames
{
    private static readonly HashSet<string> Primitives = new(StringComparer.Ordinal)
    {
        "null", "boolean", "int", "long", "float", "double", "bytes", "string",
    };

    private static readonly HashSet<string> NamedKinds = new(StringComparer.Ordinal) { "record", "error", "enum", "fixed" };

    public static bool IsPrimitive(string name) => Primitives.Contains(name);

    public static bool IsNamedKind(string? kind) => kind is not null && NamedKinds.Contains(kind);

    public static string Resolve(string name, string enclosingNamespace) =>
        name.IndexOf('.') >= 0 || enclosingNamespace.Length == 0 ? name : enclosingNamespace + "." + name;

    /// <summary>The namespace a named definition declares for itself and for the names inside it.</summary>
    public static string NamespaceOf(string name, string? declaredNamespace, string enclosingNamespace)
    {
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            return name.Substring(0, dot);
        }

        return declaredNamespace ?? enclosingNamespace;
    }

    public static string SimpleName(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        return dot >= 0 ? fullName.Substring(dot + 1) : fullName;
    }

    public static string PascalCase(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
}
