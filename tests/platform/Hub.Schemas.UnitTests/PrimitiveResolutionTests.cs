using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class PrimitiveResolutionTests
{
    [Theory]
    [InlineData("int", "int")]
    [InlineData("long", "int")]
    [InlineData("float", "int")]
    [InlineData("double", "int")]
    [InlineData("float", "long")]
    [InlineData("double", "long")]
    [InlineData("double", "float")]
    [InlineData("bytes", "string")]
    [InlineData("string", "bytes")]
    [InlineData("null", "null")]
    [InlineData("boolean", "boolean")]
    public void CanRead_SameOrPromotablePrimitive_IsCompatible(string reader, string writer)
    {
        CanRead($"\"{reader}\"", $"\"{writer}\"").IsCompatible.Should().BeTrue();
    }

    [Theory]
    [InlineData("int", "long")]
    [InlineData("int", "float")]
    [InlineData("long", "double")]
    [InlineData("float", "double")]
    [InlineData("int", "string")]
    [InlineData("string", "int")]
    [InlineData("boolean", "int")]
    [InlineData("null", "string")]
    [InlineData("long", "float")]
    public void CanRead_NarrowingOrUnrelatedPrimitive_ReportsTypeMismatchAtRoot(string reader, string writer)
    {
        var result = CanRead($"\"{reader}\"", $"\"{writer}\"");

        result.IsCompatible.Should().BeFalse();
        result.Incompatibilities.Should().ContainSingle()
            .Which.Should().Match<Incompatibility>(i => i.Type == IncompatibilityType.TypeMismatch && i.Path == "/");
        result.Incompatibilities[0].Message.Should().Contain(reader).And.Contain(writer);
    }

    [Fact]
    public void CanRead_PromotionInsideRecordField_IsCompatible()
    {
        var reader = Record("""{"name":"n","type":"double"}""");
        var writer = Record("""{"name":"n","type":"int"}""");

        CanRead(reader, writer).IsCompatible.Should().BeTrue();
        CanRead(writer, reader).Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/fields/0/type");
    }
}
