using Avro;

namespace Hub.Schemas.UnitTests;

/// <summary>Short helpers so the matrices below read as schema pairs.</summary>
internal static class TestSchemas
{
    public static Schema S(string json) => Schema.Parse(json);

    public static Schema Record(string fields, string name = "com.example.R", string extra = "") =>
        S($$"""{"type":"record","name":"{{name}}"{{extra}},"fields":[{{fields}}]}""");

    public static CompatibilityResult CanRead(Schema reader, Schema writer) =>
        AvroCompatibilityChecker.Instance.CanRead(reader, writer);

    public static CompatibilityResult CanRead(string reader, string writer) => CanRead(S(reader), S(writer));
}
