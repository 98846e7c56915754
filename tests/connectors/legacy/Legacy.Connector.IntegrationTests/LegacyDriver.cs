using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts;
using Hub.Testing;
using Hub.Testing.Avro;
using Hub.Testing.Messaging;
using Legacy.Connector.Quarantine;

namespace Legacy.Connector.IntegrationTests;

/// <summary>What the tests do with the fixture: make the sandbox export, find files, decode topics.</summary>
internal sealed class LegacyDriver(LegacyFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)].ToUpperInvariant();

    public async Task ExportAsync(string path, object request)
    {
        using var response = await fixture.Sandbox.PostAsJsonAsync(path, request, Json);
        response.EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetAsync(string path) => await fixture.Sandbox.GetFromJsonAsync<JsonElement>(path, Json);

    /// <summary>The archived copy of <paramref name="fileName"/> (archive/yyyy/MM/dd/), or under .../duplicates/.</summary>
    public string? Archived(string fileName, bool duplicate = false) =>
        Directory.Exists(fixture.Folder("archive"))
            ? Directory.EnumerateFiles(fixture.Folder("archive"), fileName, SearchOption.AllDirectories)
                .FirstOrDefault(f => (Path.GetFileName(Path.GetDirectoryName(f)) == "duplicates") == duplicate)
            : null;

    public async Task<string> WaitForArchiveAsync(string fileName, bool duplicate = false)
    {
        try
        {
            await Eventually.UntilAsync(() => Archived(fileName, duplicate) is not null, $"{fileName} to be archived", TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}connector output:{Environment.NewLine}{fixture.ConnectorOutput}", e);
        }

        return Archived(fileName, duplicate)!;
    }

    public async Task<List<CustomerUpserted>> CustomersAsync() => await AvroTopicReader.ReadAsync<CustomerUpserted>(fixture.Stack, fixture.Registry, fixture.CustomerTopic);

    public async Task<List<StockLevelChanged>> StockAsync() => await AvroTopicReader.ReadAsync<StockLevelChanged>(fixture.Stack, fixture.Registry, fixture.StockTopic);

    public List<QuarantinedRow> Quarantined(string fileName) =>
        TopicReader.ReadToEnd(fixture.Stack, fixture.QuarantineTopic)
            .Select(r => JsonSerializer.Deserialize<QuarantinedRow>(r.Message.Value, QuarantinedRowJsonSerializer.Options)!)
            .Where(q => q.FileName == fileName)
            .ToList();
}
