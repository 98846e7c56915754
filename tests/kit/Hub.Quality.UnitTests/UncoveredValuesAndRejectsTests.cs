using static Hub.Quality.UnitTests.Records;

namespace Hub.Quality.UnitTests;

public sealed class UncoveredValuesAndRejectsTests
{
    [Fact]
    public void UncoveredValues_SameValueInTwoRecords_CountedPerRecordWithItsPolicy()
    {
        var records = new[]
        {
            Record("1", new() { ["status"] = "X" }, issues: [Reject("status", QualityIssue.ValueMapRule, "X")]),
            Record("2", new() { ["status"] = "X" }, issues: [Reject("status", QualityIssue.ValueMapRule, "X")]),
            Record("3", new() { ["status"] = "Q" }, issues: [Warning("category", QualityIssue.ValueMapRule, "Q")]),
            Record("4", new() { ["status"] = "A" }),
        };

        UncoveredValues.Of(records).Should().Equal(
            new UncoveredValue("status", "X", 2, Rejects: true),
            new UncoveredValue("category", "Q", 1, Rejects: false));
    }

    [Fact]
    public void RejectReasons_RecordWithTwoRejects_CountsInBothReasonsButIsOneRejectedRecord()
    {
        var records = new[]
        {
            Record("1", new(), issues: [Reject("email", "required"), Reject("phone", "phone")]),
            Record("2", new(), issues: [Reject("phone", "phone"), Warning("givenName", "max-length")]),
            Record("3", new(), issues: [Warning("status", QualityIssue.ValueMapRule, "Z")]),
        };

        var profile = QualityProfiler.Profile(Mapped(records), Keys);

        profile.Rejected.Should().Be(2);
        profile.Rejects.Should().Equal(
            new RejectReason("phone", "phone", 2, "phone failed phone"),
            new RejectReason("email", "required", 1, "email failed required"));
        profile.HasFindings.Should().BeTrue();
    }

    [Fact]
    public void Profile_CleanRecordsWithBlankOptionalFields_HasNoFindings()
    {
        var records = new[]
        {
            Record("1", new() { ["email"] = "a@example.com", ["phone"] = "+442079460018" }),
            Record("2", new() { ["email"] = "b@example.com" }),
        };

        var profile = QualityProfiler.Profile(Mapped(records), Keys);

        profile.HasFindings.Should().BeFalse();
        profile.Records.Should().Be(2);
        profile.Completeness.Single(c => c.Field == "phone").Blank.Should().Be(1);
    }
}
