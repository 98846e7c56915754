using Hub.Cli.Conflicts;

namespace Hub.Cli.UnitTests;

public sealed class ConflictFilterTests
{
    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("customer", "email", null, true)]
    [InlineData("CUSTOMER", "Email", null, true)]
    [InlineData("order", null, null, false)]
    [InlineData(null, "phone", null, false)]
    [InlineData(null, null, "shop", true)]
    [InlineData(null, null, "crm", true)]
    [InlineData(null, null, "erp", false)]
    public void Matches_Criteria_SelectsByEntityFieldAndEitherSystem(string? entity, string? field, string? system, bool expected)
    {
        var filter = new ConflictFilter { Entity = entity, Field = field, System = system };

        filter.Matches(ConflictSamples.Pending()).Should().Be(expected);
    }

    [Fact]
    public void Matches_SystemWhenOwnerUnknown_OnlyProposingSystemCounts()
    {
        var conflict = ConflictSamples.Pending() with { OwnerSystem = null };

        new ConflictFilter { System = "shop" }.Matches(conflict).Should().BeTrue();
        new ConflictFilter { System = "crm" }.Matches(conflict).Should().BeFalse();
    }
}
