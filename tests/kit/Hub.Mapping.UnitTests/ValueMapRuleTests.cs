namespace Hub.Mapping.UnitTests;

public class ValueMapRuleTests
{
    private const string Tables = """
        sizes:
          values: { S: small, M: medium }
          unmapped: reject
        sizes-de:
          values: { S: klein, M: mittel }
          default: unbekannt
        """;

    private static readonly RecordMapper Mapper = MappingFiles.Field("""
        value-map:
          table: sizes
          context:
            - when: { field: country, equals: DE }
              table: sizes-de
            - when: { field: vip, present: true }
              source: M
              value: medium-plus
            - when: { field: country, not-in: [GB, DE, FR] }
              source: S
              value: petite
        """, Tables);

    [Theory]
    [InlineData("S", "small")]
    [InlineData("m", "medium")]
    public void Map_KnownValue_MapsIgnoringCase(string input, string expected)
    {
        Mapper.MapOne(input, ("country", "GB")).Out().Should().Be(expected);
    }

    [Fact]
    public void Map_UnmappedValueWithRejectPolicy_RejectsRecord()
    {
        var result = Mapper.MapOne("XL", ("country", "GB"));

        result.IsRejected.Should().BeTrue();
        result.Rejections.Single().Message.Should().Contain("'XL'").And.Contain("sizes");
        result.Rejections.Single().Value.Should().Be("XL", "a quality profile counts the uncovered values per field");
    }

    [Fact]
    public void Map_ContextSelectsOtherTable_UsesThatTable()
    {
        Mapper.MapOne("S", ("country", "de")).Out().Should().Be("klein");
    }

    [Fact]
    public void Map_UnmappedValueInDefaultTable_UsesDefaultWithWarning()
    {
        var result = Mapper.MapOne("XL", ("country", "DE"));

        result.Out().Should().Be("unbekannt");
        result.Warnings.Should().ContainSingle(i => i.Rule == "value-map").Which.Value.Should().Be("XL");
    }

    [Fact]
    public void Map_ContextRuleForOneSourceValue_AppliesOnlyToThatValue()
    {
        Mapper.MapOne("M", ("country", "GB"), ("vip", "yes")).Out().Should().Be("medium-plus");
        Mapper.MapOne("S", ("country", "GB"), ("vip", "yes")).Out().Should().Be("small");
    }

    [Fact]
    public void Map_NotInCondition_HoldsForOtherCountries()
    {
        Mapper.MapOne("S", ("country", "US")).Out().Should().Be("petite");
        Mapper.MapOne("S", ("country", "FR")).Out().Should().Be("small");
    }
}
