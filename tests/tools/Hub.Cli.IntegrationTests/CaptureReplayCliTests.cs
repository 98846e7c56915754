using System.Text.Json;
using Hub.Cli.IntegrationTests.Support;
using Hub.Identity.Capture;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>
/// `hub capture replay` on real traffic: the CRM connector captures the webhooks of a new contact and the read it
/// makes for each; the captured deliveries then go through a candidate build (the same dll, as its own process on the
/// same sandbox), once as it is and once with a mapping override that rejects the contact.
/// </summary>
public sealed class CaptureReplayCliTests(CrmCaptureStack crm) : IClassFixture<CrmCaptureStack>
{
    [Fact]
    public async Task CaptureReplay_SameBuild_NoDifferencesExit0_MappingOverride_DifferencesExit4()
    {
        var contactId = await crm.CreateContactAsync(new()
        {
            ["email"] = $"zoe.{Guid.NewGuid():N}@example.com",
            ["firstname"] = "Zoë",
            ["lastname"] = "Ångström",
            ["country"] = "SE",
        });
        await crm.UntilAsync(() => Task.FromResult(Captured().Any(e => e.Kind == CapturedExchange.ApiCallKind && e.Request.Target!.Contains(contactId, StringComparison.Ordinal))
            && Captured().Any(e => e.Kind == CapturedExchange.WebhookKind && e.Response?.Status == 200)), "the connector's capture of the contact's webhook and read");

        var same = await ReplayAsync("-o", "json");

        same.ExitCode.Should().Be(0, same.ToString());
        var summary = JsonDocument.Parse(same.Output).RootElement.GetProperty("summary");
        summary.GetProperty("webhooks").GetInt32().Should().BeGreaterThan(0);
        summary.GetProperty("candidateCalls").GetInt32().Should().Be(summary.GetProperty("productionCalls").GetInt32()).And.BeGreaterThan(0);
        summary.GetProperty("differences").GetInt32().Should().Be(0);

        var mapping = RejectingMapping();
        CliResult changed;
        try
        {
            changed = await ReplayAsync("--set", $"Mapping__Directory={mapping}");
        }
        finally
        {
            Directory.Delete(mapping, recursive: true);
        }

        changed.ExitCode.Should().Be(4, changed.ToString());
        changed.Output.Should().Contain("body.outcomes.rejected").And.Contain("body.outcomes.published").And.Contain("difference(s)");
    }

    [Fact]
    public async Task CaptureReplay_NoDeliveriesInTheWindow_IsBadInput()
    {
        var result = await ReplayAsync("--since", DateTimeOffset.UtcNow.AddHours(1).ToString("O"));

        result.ExitCode.Should().Be(2, result.ToString());
        result.Error.Should().Contain("No replayable webhook deliveries of crm");
    }

    private Task<CliResult> ReplayAsync(params string[] more) => HubCli.RunRawAsync(
    [
        "capture", "replay", "--connector", "crm", "--files", crm.CaptureFolder,
        "--candidate", ServiceProcess.BuiltDll("Crm.Connector"), "--sandbox-url", crm.SandboxUrl.ToString(),
        .. crm.CandidateSettings(), .. more,
        "--bootstrap", crm.Stack.BootstrapServers, "--redis", crm.Stack.RedisConfiguration, "--registry", crm.Hub.RegistryAddress.ToString(),
    ]);

    private List<CapturedExchange> Captured() => Directory.GetFiles(crm.CaptureFolder, "*.jsonl")
        .SelectMany(File.ReadAllLines)
        .Select(l => JsonSerializer.Deserialize<CapturedExchange>(l, CaptureJsonSerializer.Options)!)
        .ToList();

    /// <summary>The connector's mappings with the given name limited to two characters, rejecting longer ones: every test contact's.</summary>
    private static string RejectingMapping()
    {
        var shipped = Path.Combine(Path.GetDirectoryName(ServiceProcess.BuiltDll("Crm.Connector"))!, "Mapping");
        var copy = Directory.CreateTempSubdirectory("hub-mapping-").FullName;
        foreach (var file in Directory.GetFiles(shipped))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var inbound = Path.Combine(copy, "crm-to-canonical.customer.mapping.yaml");
        var text = File.ReadAllText(inbound);
        const string GivenNameLimit = "from: properties.firstname\n    transform: trim\n    max-length: { length: 100, policy: cut }";
        text.Should().Contain(GivenNameLimit, "the override changes the shipped rule");
        File.WriteAllText(inbound, text.Replace(GivenNameLimit, "from: properties.firstname\n    transform: trim\n    max-length: { length: 2, policy: reject }", StringComparison.Ordinal));
        return copy;
    }
}
