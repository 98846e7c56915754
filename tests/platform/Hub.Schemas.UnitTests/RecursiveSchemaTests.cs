using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class RecursiveSchemaTests
{
    private const string LinkedList = """{"type":"record","name":"Node","fields":[{"name":"value","type":"int"},{"name":"next","type":["null","Node"],"default":null}]}""";

    [Fact]
    public void CanRead_RecursiveSchemaAgainstItself_TerminatesCompatible()
    {
        CanRead(LinkedList, LinkedList).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_RecursiveSchemaWithPromotedField_TerminatesCompatible()
    {
        var reader = """{"type":"record","name":"Node","fields":[{"name":"value","type":"long"},{"name":"next","type":["null","Node"],"default":null}]}""";

        CanRead(reader, LinkedList).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_RecursiveSchemaWithNewRequiredField_TerminatesIncompatible()
    {
        var reader = """{"type":"record","name":"Node","fields":[{"name":"value","type":"int"},{"name":"label","type":"string"},{"name":"next","type":["null","Node"],"default":null}]}""";

        CanRead(reader, LinkedList).Incompatibilities.Should().Contain(i => i.Type == IncompatibilityType.ReaderFieldMissingDefaultValue && i.Path == "/fields/1");
    }

    [Fact]
    public void CanRead_NamedTypeReusedByReference_ChecksEachUse()
    {
        var writer = Record("""{"name":"home","type":{"type":"record","name":"Address","fields":[{"name":"city","type":"string"}]}},{"name":"work","type":"Address"}""");
        var reader = Record("""{"name":"home","type":{"type":"record","name":"Address","fields":[{"name":"city","type":"int"}]}},{"name":"work","type":"Address"}""");

        CanRead(reader, writer).IsCompatible.Should().BeFalse();
    }
}
