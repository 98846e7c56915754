using System.Net.Http.Json;
using Hub.Contracts;
using Hub.Identity;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Crm.Connector.IntegrationTests;

/// <summary>
/// The way back: writes the connector made are journaled on hub.writes, `hub revert` (the CLI, as a process) asks the
/// connector to put the previous values back, and the connector does so except where a person changed the field since.
/// </summary>
public sealed class RevertTests(CrmStack crm) : CrmTests(crm)
{
    [Fact]
    public async Task Revert_AfterPlatformWrites_PutsBackPreviousValuesAndLeavesAPersonsChange()
    {
        var reverted = OutboundTests.ErpCustomer(CrmSandboxData.UniqueEmail("revert"));
        var edited = OutboundTests.ErpCustomer(CrmSandboxData.UniqueEmail("revert-edited"));
        foreach (var customer in new[] { reverted, edited })
        {
            await Topic.PublishAsync(Crm.UpsertedTopic, customer);
            await Crm.UntilAsync(async () => (await Crm.ContactsAsync(customer.Email!)).Count == 1, "the contact in the CRM", Timeout);
        }

        // The faulty release starts here: the creations before it are not part of the window.
        await Crm.UntilAsync(() => Task.FromResult(Journal(reverted.Envelope.EntityId).Count == 1 && Journal(edited.Envelope.EntityId).Count == 1), "both creations journaled", Timeout);
        var since = DateTimeOffset.UtcNow;
        foreach (var customer in new[] { reverted, edited })
        {
            var corrupt = OutboundTests.ErpCustomer(customer.Email!, customer.Envelope.EntityId);
            corrupt.CreditLimit = new Money { Amount = 1m, Currency = "GBP" };
            await Topic.PublishAsync(Crm.UpsertedTopic, corrupt);
            await Crm.UntilAsync(async () => (await Crm.ContactsAsync(customer.Email!)).Single().Properties["credit_limit"] == "1.00", "the faulty credit limit", Timeout);
        }

        await Crm.UntilAsync(() => Task.FromResult(Journal(reverted.Envelope.EntityId).Count == 2 && Journal(edited.Envelope.EntityId).Count == 2), "both writes of both contacts journaled", Timeout);
        var update = Journal(reverted.Envelope.EntityId).Single(e => !e.Created);
        update.Fields.Should().ContainSingle(f => f.Field == "credit_limit").Which.Should().Be(new JournaledField("credit_limit", "2500.00", "1.00") { PreviousKnown = true });

        await Crm.MuteWebhooksAsync();
        var editedId = (await Crm.ContactsAsync(edited.Email!)).Single().Id;
        (await Crm.Sandbox.PatchAsJsonAsync($"/crm/v3/objects/contacts/{editedId}", new { properties = new Dictionary<string, string> { ["credit_limit"] = "4321.00" } })).EnsureSuccessStatusCode();

        foreach (var customer in new[] { reverted, edited })
        {
            var (exit, output) = await HubAsync("revert", "crm-connector", "--since", since.ToString("O"), "--entity", customer.Envelope.EntityId, "--requests-topic", Crm.RevertsTopic, "--yes", "--reason", "revert test");
            exit.Should().Be(0, output);
        }

        await Crm.UntilAsync(async () => (await Crm.ContactsAsync(reverted.Email!)).Single().Properties["credit_limit"] == "2500.00", "the previous credit limit put back", Timeout);
        await Crm.UntilAsync(() => Task.FromResult(Crm.Output.Contains($"contact {editedId} credit_limit not put back", StringComparison.Ordinal)), "the person's change reported", Timeout);
        (await Crm.ContactsAsync(edited.Email!)).Single().Properties["credit_limit"].Should().Be("4321.00", "a field a person changed since is not overwritten");
        Journal(reverted.Envelope.EntityId).Should().ContainSingle(e => e.RevertId != null, "the revert's own write is journaled");

        var (again, againOutput) = await HubAsync("revert", "crm-connector", "--since", since.ToString("O"), "--entity", reverted.Envelope.EntityId, "--requests-topic", Crm.RevertsTopic, "--yes", "--reason", "revert test, twice");
        again.Should().Be(0, againOutput);
        var contactId = (await Crm.ContactsAsync(reverted.Email!)).Single().Id;
        await Crm.UntilAsync(() => Task.FromResult(Crm.Output.Contains($"contact {contactId} already holds the values to put back", StringComparison.Ordinal)), "the second revert handled", Timeout);
        Crm.Output.Split('\n').Count(l => l.Contains($"contact {contactId} put back", StringComparison.Ordinal)).Should().Be(1, "the second run writes nothing");
        (await Crm.ContactsAsync(reverted.Email!)).Single().Properties["credit_limit"].Should().Be("2500.00", "the second run changes nothing");
    }

    private List<WriteJournalEntry> Journal(string canonicalId) => WriteJournalReader.Read(Crm.Stack, "crm", canonicalId);

    private Task<(int ExitCode, string Output)> HubAsync(params string[] args) => HubCommand.RunAsync(Crm.Stack, Crm.Prefix, args);
}
