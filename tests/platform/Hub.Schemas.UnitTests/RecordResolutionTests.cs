using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class RecordResolutionTests
{
    [Fact]
    public void CanRead_ReaderFieldMissingInWriterWithDefault_IsCompatible()
    {
        var reader = Record("""{"name":"a","type":"int"},{"name":"b","type":"string","default":"x"}""");
        var writer = Record("""{"name":"a","type":"int"}""");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_ReaderFieldMissingInWriterWithoutDefault_ReportsFieldPath()
    {
        var reader = Record("""{"name":"a","type":"int"},{"name":"b","type":"string"}""");
        var writer = Record("""{"name":"a","type":"int"}""");

        var result = CanRead(reader, writer);

        result.Incompatibilities.Should().ContainSingle().Which.Should().Match<Incompatibility>(i =>
            i.Type == IncompatibilityType.ReaderFieldMissingDefaultValue && i.Path == "/fields/1" && i.Message.Contains("'b'"));
    }

    [Fact]
    public void CanRead_WriterFieldMissingInReader_IsIgnored()
    {
        var reader = Record("""{"name":"a","type":"int"}""");
        var writer = Record("""{"name":"a","type":"int"},{"name":"extra","type":"string"}""");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_FieldsInDifferentOrder_IsCompatible()
    {
        var reader = Record("""{"name":"b","type":"string"},{"name":"a","type":"int"}""");
        var writer = Record("""{"name":"a","type":"int"},{"name":"b","type":"string"}""");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_FieldRenamedWithReaderAlias_IsCompatible()
    {
        var reader = Record("""{"name":"email","aliases":["mail"],"type":"string"}""");
        var writer = Record("""{"name":"mail","type":"string"}""");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_FieldRenamedWithoutAlias_ReportsMissingDefault()
    {
        var reader = Record("""{"name":"email","type":"string"}""");
        var writer = Record("""{"name":"mail","type":"string"}""");

        CanRead(reader, writer).Incompatibilities.Should().ContainSingle()
            .Which.Type.Should().Be(IncompatibilityType.ReaderFieldMissingDefaultValue);
    }

    [Fact]
    public void CanRead_FieldTypeChangedIncompatibly_ReportsTypePathOfThatField()
    {
        var reader = Record("""{"name":"a","type":"int"},{"name":"b","type":"boolean"}""");
        var writer = Record("""{"name":"a","type":"int"},{"name":"b","type":"string"}""");

        CanRead(reader, writer).Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/fields/1/type");
    }

    [Fact]
    public void CanRead_RecordRenamedWithReaderAlias_IsCompatible()
    {
        var reader = Record("""{"name":"a","type":"int"}""", name: "com.example.Customer", extra: ""","aliases":["com.legacy.Client"]""");
        var writer = Record("""{"name":"a","type":"int"}""", name: "com.legacy.Client");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_RecordNamesDiffer_ReportsNameMismatch()
    {
        var reader = Record("""{"name":"a","type":"int"}""", name: "com.example.Customer");
        var writer = Record("""{"name":"a","type":"int"}""", name: "com.example.Client");

        CanRead(reader, writer).Incompatibilities.Should().ContainSingle().Which.Should().Match<Incompatibility>(i =>
            i.Type == IncompatibilityType.NameMismatch && i.Path == "/name");
    }

    [Fact]
    public void CanRead_SameSimpleNameDifferentNamespace_ReportsNameMismatch()
    {
        var reader = Record("""{"name":"a","type":"int"}""", name: "one.R");
        var writer = Record("""{"name":"a","type":"int"}""", name: "two.R");

        CanRead(reader, writer).IsCompatible.Should().BeFalse();
    }

    [Fact]
    public void CanRead_NestedRecordFieldMissingDefault_ReportsNestedPath()
    {
        var reader = Record("""{"name":"id","type":"long"},{"name":"address","type":{"type":"record","name":"Address","fields":[{"name":"city","type":"string"},{"name":"zip","type":"string"}]}}""");
        var writer = Record("""{"name":"id","type":"long"},{"name":"address","type":{"type":"record","name":"Address","fields":[{"name":"city","type":"string"}]}}""");

        CanRead(reader, writer).Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/fields/1/type/fields/1");
    }
}
