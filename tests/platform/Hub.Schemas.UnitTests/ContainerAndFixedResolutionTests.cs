using static Hub.Schemas.UnitTests.TestSchemas;

namespace Hub.Schemas.UnitTests;

public class ContainerAndFixedResolutionTests
{
    [Fact]
    public void CanRead_ArrayItemsPromotable_IsCompatible()
    {
        CanRead("""{"type":"array","items":"long"}""", """{"type":"array","items":"int"}""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_ArrayItemsIncompatible_ReportsItemsPath()
    {
        CanRead("""{"type":"array","items":"int"}""", """{"type":"array","items":"string"}""")
            .Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/items");
    }

    [Fact]
    public void CanRead_MapValuesPromotable_IsCompatible()
    {
        CanRead("""{"type":"map","values":"double"}""", """{"type":"map","values":"float"}""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_MapValuesIncompatible_ReportsValuesPath()
    {
        CanRead("""{"type":"map","values":"float"}""", """{"type":"map","values":"double"}""")
            .Incompatibilities.Should().ContainSingle().Which.Path.Should().Be("/values");
    }

    [Fact]
    public void CanRead_ArrayVersusMap_ReportsTypeMismatch()
    {
        CanRead("""{"type":"array","items":"int"}""", """{"type":"map","values":"int"}""")
            .Incompatibilities.Should().ContainSingle().Which.Type.Should().Be(IncompatibilityType.TypeMismatch);
    }

    [Fact]
    public void CanRead_FixedSameNameAndSize_IsCompatible()
    {
        CanRead("""{"type":"fixed","name":"Md5","size":16}""", """{"type":"fixed","name":"Md5","size":16}""").IsCompatible.Should().BeTrue();
    }

    [Fact]
    public void CanRead_FixedSizesDiffer_ReportsSizePath()
    {
        CanRead("""{"type":"fixed","name":"Md5","size":16}""", """{"type":"fixed","name":"Md5","size":32}""")
            .Incompatibilities.Should().ContainSingle().Which.Should().Match<Incompatibility>(i =>
                i.Type == IncompatibilityType.FixedSizeMismatch && i.Path == "/size");
    }

    [Fact]
    public void CanRead_FixedNamesDiffer_ReportsNameMismatch()
    {
        CanRead("""{"type":"fixed","name":"Md5","size":16}""", """{"type":"fixed","name":"Uuid","size":16}""")
            .Incompatibilities.Should().ContainSingle().Which.Type.Should().Be(IncompatibilityType.NameMismatch);
    }
}
