using System.Net.Http.Json;
using Accounting.Connector.IntegrationTests.Support;
using Hub.Identity;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Accounting.Connector.IntegrationTests;

/// <summary>
/// The way back for accounting: `hub revert` (the CLI, as a process) asks the connector to put back what a faulty
/// write replaced in a contact; a field a person changed since is left and queued for a person (`hub conflicts list`).
/// </summary>
[Collection(AccountingCollection.Name)]
public sealed class RevertTests(AccountingFixture fixture)
{
    [Fact]
    public async Task Revert_AfterAFaultyUpdate_PutsBackContactValuesAndQueuesAPersonsChange()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var id = $"cust-{run.Id}";
        var name = $"Grace Hopper {run.Id}";
        await fixture.Publisher.PublishAsync(run.CustomersTopic, Samples.Customer(id, "crm", name, null), TestContext.Current.CancellationToken);
        await run.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(fixture.Stack, "accounting", id).Count == 1), "the contact's creation journaled");

        // The faulty release: another phone and e-mail address.
        var since = DateTimeOffset.UtcNow;
        var corrupt = Samples.Customer(id, "crm", name, null);
        corrupt.Phone = "+4930999999";
        corrupt.Email = $"wrong-{id}@example.org";
        await fixture.Publisher.PublishAsync(run.CustomersTopic, corrupt, TestContext.Current.CancellationToken);
        await run.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(fixture.Stack, "accounting", id).Count == 2), "the faulty write journaled");
        var contactId = WriteJournalReader.Read(fixture.Stack, "accounting", id)[0].RecordId;
        var edit = new { Contacts = new[] { new { ContactID = Guid.Parse(contactId), EmailAddress = $"person-{id}@example.org" } } };
        using var edited = await run.Sandbox.PostAsJsonAsync("/api.xro/2.0/Contacts", edit, AccountingRun.Json, TestContext.Current.CancellationToken);
        edited.EnsureSuccessStatusCode();

        var (exit, output) = await HubCommand.RunAsync(
            fixture.Stack, run.Prefix, "revert", "accounting-connector", "--since", since.ToString("O"), "--entity", id, "--requests-topic", run.RevertsTopic, "--yes", "--reason", "revert test");
        exit.Should().Be(0, output);

        await run.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(fixture.Stack, "accounting", id).Any(e => e.RevertId != null)), "the revert's write journaled");
        var contact = (await run.ContactsAsync(id)).Single();
        contact.GetProperty("Phones")[0].GetProperty("PhoneNumber").GetString().Should().Be("+4930123456");
        contact.GetProperty("EmailAddress").GetString().Should().Be($"person-{id}@example.org", "a field a person changed since is not overwritten");
        WriteJournalReader.Read(fixture.Stack, "accounting", id).Single(e => e.RevertId != null).Fields.Select(f => f.Field).Should().Equal(["Phone"]);

        var conflicts = await HubCommand.PendingConflictsAsync(fixture.Stack, run.Prefix, "accounting");
        conflicts.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            CanonicalId = id, Field = "EmailAddress", CurrentValue = $"person-{id}@example.org", ProposedValue = $"{id}@example.org",
            ProposingSystem = ConflictFactory.RevertProposer, OwnerSystem = "accounting",
        });
    }
}
