namespace Hub.Reconciler.UnitTests;

public sealed class DifferenceSamplesTests
{
    [Fact]
    public void Of_TwoDriftsAndAMissingInErp_CountsPerKindAndZerosForEveryOtherKindAndSystem()
    {
        var result = Results.Of(["crm", "erp"], Results.Drift("erp", "c1"), Results.Drift("erp", "c2"), Results.Missing("erp", "c3"));

        var samples = DifferenceSamples.Of("customers", result);

        samples.Should().BeEquivalentTo(new DifferenceSample[]
        {
            new("customers", "crm", "missing", 0), new("customers", "crm", "extra", 0), new("customers", "crm", "drift", 0), new("customers", "crm", "stale", 0),
            new("customers", "erp", "missing", 1), new("customers", "erp", "extra", 0), new("customers", "erp", "drift", 2), new("customers", "erp", "stale", 0),
        });
    }

    [Fact]
    public void Of_NoDifferences_EveryKindOfEverySystemIsZero()
    {
        var samples = DifferenceSamples.Of("customers", Results.Of(["crm", "erp", "accounting"]));

        samples.Should().HaveCount(12).And.OnlyContain(s => s.Count == 0 && s.Entity == "customers");
        samples.Select(s => s.System).Distinct().Should().BeEquivalentTo(["crm", "erp", "accounting"]);
    }

    [Fact]
    public void Of_DifferenceAboutASystemWithoutASnapshotCount_StillCounted()
    {
        var samples = DifferenceSamples.Of("customers", Results.Of(["crm"], Results.Missing("legacy", "c1")));

        samples.Should().ContainSingle(s => s.System == "legacy" && s.Kind == "missing").Which.Count.Should().Be(1);
    }
}
