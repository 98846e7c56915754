using System.Text.Json;
using Hub.Contracts;
using Hub.Testing;

namespace Legacy.Connector.IntegrationTests;

public sealed class StockAndOutboundTests(LegacyFixture fixture) : IClassFixture<LegacyFixture>
{
    private readonly LegacyDriver _driver = new(fixture);

    [Fact]
    public async Task StockFile_KnownAndUnknownProducts_PublishesKnownQuarantinesUnknown()
    {
        var known = new[] { LegacyDriver.Unique("KA"), LegacyDriver.Unique("KB") };
        var unknown = LegacyDriver.Unique("UX");
        foreach (var sku in known)
        {
            var seeded = await fixture.CrossReference.ResolveOrCreateAsync("product", "erp", "erp-" + sku, new Dictionary<string, string?> { ["sku"] = sku });
            seeded.CanonicalId.Should().NotBeNull();
        }

        var file = $"stock_{known[0]}.txt";
        var lines = new[]
        {
            new { sku = known[0], warehouse = "LON", onHand = "120.5", reserved = "20", reason = "RCV", changed = "01/03/2025 09:30" },
            new { sku = unknown, warehouse = "LON", onHand = "5", reserved = "0", reason = "SAL", changed = "01/03/2025 10:00" },
            new { sku = known[1], warehouse = "MAN", onHand = "7", reserved = "", reason = "", changed = "01/03/2025" },
        };

        await _driver.ExportAsync("/_sandbox/legacy/exports/stock", new { fileName = file, lines, marker = true });
        await _driver.WaitForArchiveAsync(file);

        var stock = (await _driver.StockAsync()).Where(s => known.Contains(s.Sku) || s.Sku == unknown).OrderBy(s => s.Sku).ToList();
        stock.Select(s => (s.Sku, s.WarehouseCode, s.QuantityOnHand, s.QuantityReserved, s.Reason)).Should().BeEquivalentTo(new[]
        {
            (known[0], "LON", 120.5m, 20m, StockChangeReason.Receipt),
            (known[1], "MAN", 7m, 0m, StockChangeReason.Count),
        });
        stock.Should().OnlyContain(s => s.Envelope.EntityId == $"{s.WarehouseCode}:{s.Sku}" && s.Envelope.SourceSystem == "legacy-csv");

        List<Legacy.Connector.Quarantine.QuarantinedRow> quarantined = [];
        await Eventually.UntilAsync(() => (quarantined = _driver.Quarantined(file)).Count >= 1, "the unknown product's row on the quarantine topic");
        quarantined.Should().ContainSingle().Which.Reason.Should().Contain("unknown-product").And.Contain(unknown);
        var rejected = await File.ReadAllLinesAsync(Path.Combine(fixture.Folder("quarantine"), file + ".rejected.csv"));
        rejected.Should().HaveCount(2);
        rejected[1].Should().StartWith(unknown + ",LON,5,0,SAL");
    }

    [Fact]
    public async Task CustomerUpserted_FromOtherSystemsWithRedeliveryAndEcho_ImportedOnceEach()
    {
        var run = LegacyDriver.Unique("O");
        var events = Enumerable.Range(1, 3).Select(i => Customer(run, i, "crm")).ToList();
        var echo = Customer(run, 4, "legacy-csv");
        foreach (var customer in events.Append(events[0]).Append(echo))
        {
            await fixture.Publisher.PublishAsync(fixture.CustomerTopic, customer, TestContext.Current.CancellationToken);
        }

        var ids = events.Select(e => e.Envelope.EventId.ToString()).ToHashSet();
        List<JsonElement> imported = [];
        await Eventually.UntilAsync(
            async () =>
            {
                var summary = await _driver.GetAsync("/_sandbox/legacy/imports");
                imported = summary.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("values").GetProperty("NAME").GetString()!.StartsWith(run, StringComparison.Ordinal)).ToList();
                return imported.Count >= 3;
            },
            "the legacy system to import the three customers",
            TimeSpan.FromSeconds(45));

        imported.Select(r => r.GetProperty("eventId").GetString()).Should().BeEquivalentTo(ids);
        var row = imported.Single(r => r.GetProperty("eventId").GetString() == events[0].Envelope.EventId.ToString()).GetProperty("values");
        row.GetProperty("SOURCE").GetString().Should().Be("CRM");
        row.GetProperty("STATUS").GetString().Should().Be("A");
        row.GetProperty("EMAIL").GetString().Should().Be($"{run.ToLowerInvariant()}.1@example.com");
        row.GetProperty("CUSTOMER_ID").GetString().Should().Be(events[0].Envelope.EntityId);

        var files = Directory.EnumerateFiles(Path.Combine(fixture.Folder("outbox"), "imported"), "*.csv").ToList();
        var rowsWithRun = files.SelectMany(File.ReadAllLines).Count(l => l.Contains(run, StringComparison.Ordinal));
        rowsWithRun.Should().Be(3, "each event is written to the outbound files exactly once, the echo never");
    }

    private static CustomerUpserted Customer(string run, int i, string source) => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(),
            EntityId = Guid.NewGuid().ToString(),
            SourceSystem = source,
            SourceRecordId = $"{source}-{run}-{i}",
            OccurredAt = DateTimeOffset.UtcNow,
            CorrelationId = Guid.NewGuid().ToString(),
            SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Person,
        DisplayName = $"{run} Customer {i}",
        GivenName = run,
        FamilyName = $"Customer {i}",
        Email = $"{run.ToLowerInvariant()}.{i}@example.com",
        Status = CustomerStatus.Active,
    };
}
