using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class LogicalTypeResolutionTests
{
    [Fact]
    public void CanRead_LogicalTypeOverSameUnderlyingType_IsCompatible()
    {
        CanRead("""{"type":"long","logicalType":"timestamp-micros"}""", """{"type":"long","logicalType":"timestamp-millis"}""")
            .IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_LogicalReaderPlainWriterSameUnderlying_IsCompatible()
    {
        CanRead("""{"type":"int","logicalType":"date"}""", "\"int\"").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_LogicalTypePromotableUnderlying_IsCompatible()
    {
        CanRead("""{"type":"long","logicalType":"timestamp-millis"}""", """{"type":"int","logicalType":"date"}""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_LogicalTypeUnderlyingIncompatible_ReportsTypeMismatch()
    {
        CanRead("""{"type":"int","logicalType":"date"}""", """{"type":"long","logicalType":"timestamp-millis"}""")
            .Incompatibilities.Should().ContainSingle().Which.Type.Should().Be(IncompatibilityType.TypeMismatch);
    }

    [Fact]
    public void CanRead_DecimalSamePrecisionAndScale_IsCompatible()
    {
        CanRead("""{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}""", """{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}""")
            .IsCompatible.Should().BeTrue();
    }

    [Theory]
    [InlineData(12, 2)]
    [InlineData(10, 3)]
    public void CanRead_DecimalPrecisionOrScaleDiffers_ReportsDecimalMismatch(int precision, int scale)
    {
        var result = CanRead($$"""{"type":"bytes","logicalType":"decimal","precision":{{precision}},"scale":{{scale}}}""", """{"type":"bytes","logicalType":"decimal","precision":10,"scale":2}""");

        result.Incompatibilities.Should().ContainSingle().Which.Type.Should().Be(IncompatibilityType.DecimalMismatch);
    }

    [Fact]
    public void CanRead_DecimalOnFixedSizeDiffers_ReportsFixedSizeMismatch()
    {
        CanRead("""{"type":"fixed","name":"Amount","size":8,"logicalType":"decimal","precision":10,"scale":2}""",
                """{"type":"fixed","name":"Amount","size":16,"logicalType":"decimal","precision":10,"scale":2}""")
            .Incompatibilities.Should().Contain(i => i.Type == IncompatibilityType.FixedSizeMismatch);
    }
}
