using FluentAssertions;
using Hub.Cli.Revert;
using Hub.Identity;

namespace Hub.Cli.UnitTests;

/// <summary>How `hub revert` plans from the write journal: earliest previous value per field, latest new value expected.</summary>
public sealed class RevertPlannerTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_TwoWritesOfOneField_PutsBackTheEarliestPreviousAndExpectsTheLatestNew()
    {
        var journal = new[]
        {
            Entry("e1", Nine.AddMinutes(10), ("name", "Ada", "Ada X")),
            Entry("e2", Nine.AddMinutes(20), ("name", "Ada X", "Ada XX"), ("phone", "+441", "+449")),
        };

        var plan = RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, null));

        var record = plan.Records.Should().ContainSingle().Subject;
        record.RecordId.Should().Be("c-1");
        record.Fields.Should().Equal(new RevertField("name", "Ada", "Ada XX"), new RevertField("phone", "+441", "+449"));
        record.EntryIds.Should().Equal("e1", "e2");
        plan.EntriesRead.Should().Be(2);
    }

    [Fact]
    public void Plan_WritesOutsideTheWindowOrOfAnotherSystem_AreLeftAlone()
    {
        var journal = new[]
        {
            Entry("before", Nine.AddMinutes(-1), ("name", "A", "B")),
            Entry("inside", Nine.AddMinutes(5), ("name", "B", "C")),
            Entry("after", Nine.AddHours(2), ("name", "C", "D")),
            Entry("erp", Nine.AddMinutes(5), ("name", "B", "Z")) with { System = "erp" },
        };

        var plan = RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, Nine.AddHours(1), null));

        plan.Records.Should().ContainSingle().Which.Fields.Should().Equal(new RevertField("name", "B", "C"));
    }

    [Fact]
    public void Plan_EntityFilter_MatchesCanonicalOrRecordId()
    {
        var journal = new[]
        {
            Entry("e1", Nine, ("name", "A", "B")),
            Entry("e2", Nine, ("name", "P", "Q")) with { RecordId = "c-2", CanonicalId = "cust-2" },
        };

        RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, "cust-2")).Records.Should().ContainSingle().Which.RecordId.Should().Be("c-2");
        RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, "c-1")).Records.Should().ContainSingle().Which.CanonicalId.Should().Be("cust-1");
    }

    [Fact]
    public void Plan_CreatedOrUnreadRecords_AreSkippedWithTheReason()
    {
        var journal = new[]
        {
            Entry("new", Nine, ("name", null, "Ada")) with { Created = true, Fields = [new JournaledField("name", null, "Ada")] },
            Entry("unread", Nine, ("name", null, "Bob")) with { RecordId = "L-1", Fields = [new JournaledField("name", null, "Bob")] },
        };

        var plan = RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, null));

        plan.Records.Should().BeEmpty();
        plan.Skipped.Should().BeEquivalentTo([
            new SkippedField("cust-1", "c-1", "name", SkippedField.Created),
            new SkippedField("cust-1", "L-1", "name", SkippedField.Unread)]);
    }

    [Fact]
    public void Plan_WritesThatCancelOut_NeedNothing()
    {
        var journal = new[] { Entry("e1", Nine, ("name", "Ada", "X")), Entry("e2", Nine.AddMinutes(1), ("name", "X", "Ada")) };

        RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, null)).Records.Should().BeEmpty();
    }

    [Fact]
    public void Plan_RevertsOwnWritesAndRedeliveredEntries_AreNotCountedTwice()
    {
        var journal = new[]
        {
            Entry("e1", Nine, ("name", "Ada", "X")),
            Entry("e1", Nine.AddSeconds(1), ("name", "Ada", "X")),
            Entry("r1", Nine.AddMinutes(5), ("name", "X", "Ada")) with { RevertId = "rev-1" },
        };

        var plan = RevertPlanner.Plan(journal, new RevertWindow("crm", Nine, null, null));

        plan.EntriesRead.Should().Be(1);
        plan.Records.Should().ContainSingle().Which.Fields.Should().Equal(new RevertField("name", "Ada", "X"));
    }

    [Theory]
    [InlineData("crm-connector", "crm")]
    [InlineData("crm", "crm")]
    [InlineData("erp-connector", "erp")]
    public void SystemOf_ConnectorOrSystemName_IsTheJournalsSystem(string given, string system) =>
        RevertWindow.SystemOf(given).Should().Be(system);

    private static WriteJournalEntry Entry(string id, DateTimeOffset at, params (string Field, string? Previous, string? New)[] fields) => new()
    {
        EntryId = id,
        System = "crm",
        EntityType = "customer",
        CanonicalId = "cust-1",
        RecordId = "c-1",
        Fields = fields.Select(f => new JournaledField(f.Field, f.Previous, f.New) { PreviousKnown = true }).ToList(),
        CausingEventId = $"event-{id}",
        WrittenAt = at,
    };
}
