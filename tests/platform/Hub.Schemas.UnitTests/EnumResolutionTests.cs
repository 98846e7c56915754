using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class EnumResolutionTests
{
    private const string Writer = """{"type":"enum","name":"Color","symbols":["RED","GREEN","BLUE"]}""";

    [Fact]
    public void CanRead_ReaderHasAllWriterSymbols_IsCompatible()
    {
        CanRead("""{"type":"enum","name":"Color","symbols":["BLUE","RED","GREEN","PINK"]}""", Writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_WriterSymbolMissingInReader_ReportsSymbolsPathAndSymbol()
    {
        var reader = Record("""{"name":"a","type":"int"},{"name":"b","type":"int"},{"name":"c","type":"int"},{"name":"color","type":{"type":"enum","name":"Color","symbols":["RED","GREEN"]}}""");
        var writer = Record($$"""{"name":"a","type":"int"},{"name":"b","type":"int"},{"name":"c","type":"int"},{"name":"color","type":{{Writer}}}""");

        var result = CanRead(reader, writer);

        result.Incompatibilities.Should().ContainSingle().Which.Should().Match<Incompatibility>(i =>
            i.Type == IncompatibilityType.MissingEnumSymbols && i.Path == "/fields/3/type/symbols" && i.Message.Contains("BLUE"));
    }

    [Fact]
    public void CanRead_WriterSymbolMissingButReaderHasDefault_IsCompatible()
    {
        CanRead("""{"type":"enum","name":"Color","symbols":["RED","GREEN","OTHER"],"default":"OTHER"}""", Writer).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_EnumNamesDiffer_ReportsNameMismatch()
    {
        CanRead("""{"type":"enum","name":"Colour","symbols":["RED","GREEN","BLUE"]}""", Writer)
            .Incompatibilities.Should().ContainSingle().Which.Type.Should().Be(IncompatibilityType.NameMismatch);
    }

    [Fact]
    public void CanRead_EnumRenamedWithReaderAlias_IsCompatible()
    {
        CanRead("""{"type":"enum","name":"Colour","aliases":["Color"],"symbols":["RED","GREEN","BLUE"]}""", Writer).IsCompatible.Should().BeTrue();
    }
}
