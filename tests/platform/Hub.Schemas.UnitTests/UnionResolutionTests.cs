using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class UnionResolutionTests
{
    [Fact]
    public void CanRead_BothUnionsEveryWriterBranchReadable_IsCompatible()
    {
        CanRead("""["null","string","long"]""", """["null","int"]""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_BothUnionsWriterBranchUnreadable_ReportsMissingUnionBranch()
    {
        var result = CanRead("""["null","string"]""", """["null","string","boolean"]""");

        result.Incompatibilities.Should().ContainSingle().Which.Should().Match<Incompatibility>(i =>
            i.Type == IncompatibilityType.MissingUnionBranch && i.Message.Contains("boolean"));
    }

    [Fact]
    public void CanRead_NonUnionWriterMatchedByReaderBranch_IsCompatible()
    {
        CanRead("""["null","long"]""", "\"int\"").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_NonUnionWriterNotInReaderUnion_ReportsMissingUnionBranch()
    {
        CanRead("""["null","string"]""", "\"int\"").Incompatibilities.Should().ContainSingle()
            .Which.Type.Should().Be(IncompatibilityType.MissingUnionBranch);
    }

    [Fact]
    public void CanRead_UnionWriterNonUnionReaderAllBranchesReadable_IsCompatible()
    {
        CanRead("\"double\"", """["int","long","float"]""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_UnionWriterNonUnionReaderSomeBranchUnreadable_ReportsEachBadBranch()
    {
        var result = CanRead("\"string\"", """["null","string","int"]""");

        result.Incompatibilities.Should().HaveCount(2).And.OnlyContain(i => i.Type == IncompatibilityType.TypeMismatch);
    }

    [Fact]
    public void CanRead_OptionalFieldMadeRequired_IsIncompatible()
    {
        var reader = Record("""{"name":"email","type":"string"}""");
        var writer = Record("""{"name":"email","type":["null","string"],"default":null}""");

        CanRead(reader, writer).Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/fields/0/type");
        CanRead(writer, reader).IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_ReaderUnionOfRecordsMatchesByName_IsCompatible()
    {
        var writer = """{"type":"record","name":"B","fields":[{"name":"x","type":"int"}]}""";
        var reader = """[{"type":"record","name":"A","fields":[{"name":"x","type":"int"}]},{"type":"record","name":"B","fields":[{"name":"x","type":"long"}]}]""";

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
    }
}
