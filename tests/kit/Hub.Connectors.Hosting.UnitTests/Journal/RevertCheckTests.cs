using FluentAssertions;
using Hub.Identity;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>What a connector writes for a revert request, given what the record holds now.</summary>
public sealed class RevertCheckTests
{
    [Fact]
    public void Decide_FieldStillHoldsWhatThePlatformWrote_IsPutBack()
    {
        var outcome = RevertCheck.Decide(Request(new RevertField("name", "Ada", "Ada X")), Current(("name", "Ada X")));

        outcome.Write.Should().Equal(new Dictionary<string, string?> { ["name"] = "Ada" });
        outcome.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Decide_FieldChangedByAPersonSince_IsAConflictNotAWrite()
    {
        var outcome = RevertCheck.Decide(Request(new RevertField("name", "Ada", "Ada X"), new RevertField("phone", "+441", "+449")), Current(("name", "Ada (edited)"), ("phone", "+449")));

        outcome.Write.Should().Equal(new Dictionary<string, string?> { ["phone"] = "+441" });
        outcome.Conflicts.Should().Equal(new RevertConflict("name", "Ada (edited)", "Ada X", "Ada"));
    }

    [Fact]
    public void Decide_SecondRunOfTheSameRevert_WritesNothing()
    {
        var outcome = RevertCheck.Decide(Request(new RevertField("name", "Ada", "Ada X")), Current(("name", "Ada")));

        outcome.Write.Should().BeEmpty();
        outcome.AlreadyRestored.Should().Equal("name");
        outcome.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Decide_BlankAndMissingAreTheSame()
    {
        var outcome = RevertCheck.Decide(Request(new RevertField("phone", null, "+449")), Current(("phone", "+449")));
        var again = RevertCheck.Decide(Request(new RevertField("phone", null, "+449")), Current(("phone", "")));

        outcome.Write.Should().Equal(new Dictionary<string, string?> { ["phone"] = null });
        again.AlreadyRestored.Should().Equal("phone");
    }

    [Fact]
    public void RevertEntry_WrittenFields_JournaledWithTheRevertIdAndWhatTheyHeld()
    {
        var request = Request(new RevertField("name", "Ada", "Ada X"), new RevertField("phone", "+441", "+449"));
        var current = Current(("name", "Ada X"), ("phone", "+440"));
        var outcome = RevertCheck.Decide(request, current);

        var entry = WriteJournal.RevertEntry(request, outcome, current, "crm", DateTimeOffset.UnixEpoch)!;

        entry.RevertId.Should().Be("rev-1");
        entry.EntryId.Should().NotBe(
            WriteJournal.RevertEntry(request with { RevertId = "rev-2" }, outcome, current, "crm", DateTimeOffset.UnixEpoch)!.EntryId,
            "each revert's write is its own journal entry");
        entry.Fields.Should().Equal(new JournaledField("name", "Ada X", "Ada") { PreviousKnown = true });
        WriteJournal.RevertEntry(request, RevertCheck.Decide(request, Current(("name", "Ada"))), current, "crm", DateTimeOffset.UnixEpoch).Should().BeNull();
    }

    private static RevertRequest Request(params RevertField[] fields) => new()
    {
        RevertId = "rev-1",
        System = "crm",
        EntityType = "customer",
        CanonicalId = "cust-1",
        RecordId = "c-1",
        Fields = fields,
        RequestedBy = "ops",
        RequestedAt = DateTimeOffset.UnixEpoch,
    };

    private static Dictionary<string, string?> Current(params (string Field, string? Value)[] values) =>
        values.ToDictionary(v => v.Field, v => v.Value, StringComparer.Ordinal);
}
