using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Hub.Testing.Connectors;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>
/// The CRM sandbox and connector as processes, the connector capturing its traffic to files (Capture:Sink=File) in a
/// folder of the fixture's own, the sandbox's webhooks pointed at it: production as `hub capture replay` reads it.
/// <see cref="CandidateSettings"/> are what a candidate of the same connector needs to run beside it on the same
/// sandbox (the shared secrets, topics and groups of its own).
/// </summary>
public sealed class CrmCaptureStack(StackFixture stack) : ConnectorFixture(stack, Setup)
{
    public const string ClientSecret = "capture-client-secret";
    public const string AccessToken = "capture-access-token";

    private static readonly string Folder = Directory.CreateTempSubdirectory("hub-capture-it-").FullName;

    private static readonly ConnectorStackOptions Setup = new()
    {
        System = "Crm",
        Partitions = 1,
        Topics = ["customer.upserted", "customer.merged", "inbound.dlq", "reverts", "replay.upserted", "replay.idle"],
        Subscriptions = [new("customers") { Topic = "customer.upserted" }, new("reverts")],
        ConnectorReadyPath = "/health/ready",
        SandboxSettings = new Dictionary<string, string>
        {
            ["Crm__AccessToken"] = AccessToken,
            ["Webhooks__Secret"] = ClientSecret,
            ["Webhooks__RetryDelay"] = "00:00:00.200",
        },
        ConnectorSettings = run => new Dictionary<string, string>
        {
            ["ExternalApis__crm__BaseUrl"] = run.Sandbox.BaseAddress.ToString(),
            ["Secrets__Values__crm-access-token"] = AccessToken,
            ["Secrets__Values__crm-client-secret"] = ClientSecret,
            ["Topics__Canonical__CustomerUpserted"] = run.Topic("customer.upserted"),
            ["Topics__Canonical__CustomerMerged"] = run.Topic("customer.merged"),
            ["Crm__InboundDeadLetterTopic"] = run.Topic("inbound.dlq"),
            ["Capture__Enabled"] = "true",
            ["Capture__Sink"] = "File",
            ["Capture__Folder"] = Folder,
        },
    };

    /// <summary>Where the connector writes its capture.</summary>
    public string CaptureFolder => Folder;

    public Uri SandboxUrl => Run.Sandbox.BaseAddress;

    /// <summary>The candidate's settings, as `--set` arguments: its events and subscriptions on topics no one else reads or writes.</summary>
    public IEnumerable<string> CandidateSettings() => new Dictionary<string, string>
    {
        ["Secrets__Values__crm-access-token"] = AccessToken,
        ["Secrets__Values__crm-client-secret"] = ClientSecret,
        ["Topics__Canonical__CustomerUpserted"] = Run.Topic("replay.upserted"),
        ["Topics__Canonical__CustomerMerged"] = Run.Topic("replay.upserted"),
        ["Crm__InboundDeadLetterTopic"] = Run.Topic("replay.upserted"),
        ["Subscriptions__customers__Topics__0"] = Run.Topic("replay.idle"),
        ["Subscriptions__customers__GroupId"] = Run.Group("replay.customers"),
        ["Subscriptions__reverts__Topics__0"] = Run.Topic("replay.idle"),
        ["Subscriptions__reverts__GroupId"] = Run.Group("replay.reverts"),
    }.SelectMany(s => new[] { "--set", $"{s.Key}={s.Value}" });

    /// <summary>Creates a contact through the CRM API; the sandbox then sends its webhooks to the connector.</summary>
    public async Task<string> CreateContactAsync(Dictionary<string, string?> properties)
    {
        using var response = await Run.SandboxClient.PostAsJsonAsync("/crm/v3/objects/contacts", new { properties });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }

    protected override async Task OnStartedAsync(ConnectorStack run)
    {
        run.SandboxClient.DefaultRequestHeaders.Authorization = new("Bearer", AccessToken);
        await run.PointWebhooksAsync("/webhooks/hubspot");
    }
}
