using System.Globalization;
using Avro;

namespace Hub.Schemas;

/// <summary>Logical-type attributes that matter for identity and compatibility.</summary>
internal static class LogicalTypes
{
    public const string Decimal = "decimal";

    /// <summary>Parameters of logical types defined by the specification (only decimal has any).</summary>
    public static readonly string[] ParameterNames = ["precision", "scale"];

    public static (int Precision, int Scale) DecimalParameters(LogicalSchema schema) =>
        (ReadInt(schema, "precision") ?? 0, ReadInt(schema, "scale") ?? 0);

    private static int? ReadInt(Schema schema, string property) =>
        int.TryParse(schema.GetProperty(property), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
