using FluentAssertions;
using Hub.Identity;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>What <see cref="WriteJournal.Entry"/> records of a write: the written fields that changed, with what the target held.</summary>
public sealed class WriteJournalEntryTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entry_ExistingRecordRead_RecordsPreviousAndNewOfWrittenChangedFieldsOnly()
    {
        var change = Change(
            new() { ["name"] = "Ada Byron", ["email"] = "ada@example.org", ["phone"] = "+442" },
            TargetRecord.Read(new Dictionary<string, string?> { ["name"] = "Ada Lovelace", ["email"] = "ada@example.org", ["phone"] = "+441" }));
        var write = Write("name", "email");

        var entry = WriteJournal.Entry(change, write, "contact-7", "crm", At)!;

        entry.Fields.Should().Equal(new JournaledField("name", "Ada Lovelace", "Ada Byron") { PreviousKnown = true });
        entry.RecordId.Should().Be("contact-7");
        entry.System.Should().Be("crm");
        entry.Created.Should().BeFalse();
        entry.CausingEventId.Should().Be(change.Envelope.EventId.ToString());
        entry.WrittenAt.Should().Be(At);
    }

    [Fact]
    public void Entry_NewRecord_MarkedCreatedWithPreviousUnknown()
    {
        var change = Change(new() { ["name"] = "Ada", ["email"] = "ada@example.org" }, TargetRecord.New);

        var entry = WriteJournal.Entry(change, Write("name", "email"), "42", "erp", At)!;

        entry.Created.Should().BeTrue();
        entry.Fields.Should().OnlyContain(f => f.Previous == null && !f.PreviousKnown);
        entry.Fields.Select(f => f.Field).Should().Equal("email", "name");
    }

    [Fact]
    public void Entry_UnreadRecord_RecordsEveryWrittenFieldWithPreviousUnknown()
    {
        var entry = WriteJournal.Entry(Change(new() { ["name"] = "Ada" }, TargetRecord.Unread), Write("name"), "L-1", "legacy", At)!;

        entry.Created.Should().BeFalse();
        entry.Fields.Should().Equal(new JournaledField("name", null, "Ada"));
    }

    [Fact]
    public void Entry_NothingChanged_IsNull()
    {
        var change = Change(new() { ["name"] = "Ada" }, TargetRecord.Read(new Dictionary<string, string?> { ["name"] = "Ada" }));

        WriteJournal.Entry(change, Write("name"), "1", "crm", At).Should().BeNull();
    }

    [Fact]
    public void Entry_SameEventTwice_SameEntryId()
    {
        var change = Change(new() { ["name"] = "Ada" }, TargetRecord.New);

        var first = WriteJournal.Entry(change, Write("name"), "1", "crm", At)!;
        var again = WriteJournal.Entry(change, Write("name"), "1", "crm", At.AddMinutes(1))!;

        again.EntryId.Should().Be(first.EntryId);
        first.RevertId.Should().BeNull("an event-driven write is no revert");
    }

    private static OutboundChange Change(Dictionary<string, string?> desired, TargetRecord target)
    {
        var customer = OwnershipSamples.Customer("cust-1");
        return new OutboundChange
        {
            EntityType = "customer",
            Envelope = OwnershipSamples.Envelope("cust-1", "shop", At),
            Canonical = customer,
            Mapping = OwnershipSamples.Customers.Definition,
            Desired = desired,
            Target = target,
        };
    }

    private static OutboundWrite Write(params string[] targets) =>
        new(targets.ToHashSet(StringComparer.Ordinal), new HashSet<string>(), []);
}
