using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Identity;
using Hub.Testing;
using Hub.Testing.Messaging;

namespace Erp.Connector.IntegrationTests;

/// <summary>
/// The way back for the ERP: `hub revert` (the CLI, as a process) asks the connector to put back what a faulty write
/// replaced in a partner; a field a person changed since is left and queued for a person (`hub conflicts list`).
/// </summary>
public sealed class RevertTests(StackFixture stack, ErpHubFixture hub) : IClassFixture<ErpHubFixture>
{
    [Fact]
    public async Task Revert_AfterAFaultyUpdate_PutsBackPartnerValuesAndQueuesAPersonsChange()
    {
        await using var erp = await ErpHarness.StartAsync(hub, new Dictionary<string, string>
        {
            ["Polling__erp-stock__Enabled"] = "false",
            ["Polling__erp-orders__Enabled"] = "false",
        });
        var id = $"cust-revert-{Guid.NewGuid():N}";
        await erp.PublishAsync(erp.CustomersTopic, Samples.Customer(id));
        await erp.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(stack, "erp", id).Count == 1), "the partner's creation journaled");

        // The faulty release: another category (a reference, journaled by id), language and phone.
        var since = DateTimeOffset.UtcNow;
        var corrupt = Samples.Customer(id);
        corrupt.CustomerCategory = "RETAIL";
        corrupt.PreferredLanguage = "fr";
        corrupt.Phone = "+442079469999";
        await erp.PublishAsync(erp.CustomersTopic, corrupt);
        await erp.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(stack, "erp", id).Count == 2), "the faulty write journaled");
        var partnerId = int.Parse(WriteJournalReader.Read(stack, "erp", id)[0].RecordId, CultureInfo.InvariantCulture);
        await erp.ExecuteKwAsync("res.partner", "write", new JsonArray(new JsonArray(partnerId), new JsonObject { ["phone"] = "+442079461234" }));

        var (exit, output) = await HubCommand.RunAsync(
            stack, erp.Prefix, "revert", "erp-connector", "--since", since.ToString("O"), "--entity", id, "--requests-topic", erp.RevertsTopic, "--yes", "--reason", "revert test");
        exit.Should().Be(0, output);

        await erp.UntilAsync(() => Task.FromResult(WriteJournalReader.Read(stack, "erp", id).Any(e => e.RevertId != null)), "the revert's write journaled");
        var partner = (await erp.ListAsync("partners")).Single(p => p?["ref"]?.ToString() == id)!;
        partner["lang"]!.ToString().Should().Be("de_DE");
        partner["category_id"]!.AsArray().Select(c => c!.GetValue<int>()).Should().Equal([3], "Wholesale (id 3) is put back; the journal held it as its id");
        partner["phone"]!.ToString().Should().Be("+442079461234", "a field a person changed since is not overwritten");
        var revert = WriteJournalReader.Read(stack, "erp", id).Single(e => e.RevertId != null);
        revert.Fields.Select(f => f.Field).Should().BeEquivalentTo(["category", "lang"], "read back in the journal's text form, the unchanged fields are no conflicts");

        var conflicts = await HubCommand.PendingConflictsAsync(stack, erp.Prefix, "erp");
        conflicts.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            CanonicalId = id, Field = "phone", CurrentValue = "+442079461234", ProposedValue = "+442079460000",
            ProposingSystem = ConflictFactory.RevertProposer, OwnerSystem = "erp",
        });
    }
}
