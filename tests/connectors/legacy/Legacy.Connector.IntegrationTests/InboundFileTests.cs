using Hub.Testing;

namespace Legacy.Connector.IntegrationTests;

public sealed class InboundFileTests(LegacyFixture fixture) : IClassFixture<LegacyFixture>
{
    private readonly LegacyDriver _driver = new(fixture);

    private static Dictionary<string, string> Customer(string number, string email, string status = "A") => new()
    {
        ["CUST_NO"] = number,
        ["FIRST_NAME"] = "Ada",
        ["LAST_NAME"] = "Lovelace " + number,
        ["EMAIL"] = email,
        ["PHONE"] = "020 7946 0018",
        ["ADDRESS"] = "10 Downing Street, London, SW1A 2AA",
        ["STATUS"] = status,
        ["CHANGED_ON"] = "01/03/2025 09:30",
    };

    private static List<Dictionary<string, string>> GoodRows(string run, int count) =>
        Enumerable.Range(1, count).Select(i => Customer($"{run}-{i}", $"{run.ToLowerInvariant()}.{i}@example.co.uk")).ToList();

    [Fact]
    public async Task CustomerCsv_TenRowsThreeBad_PublishesSevenQuarantinesThreeAndArchives()
    {
        var run = LegacyDriver.Unique("C");
        var file = $"customers_{run}.csv";
        var rows = GoodRows(run, 7);
        rows.Insert(2, Customer($"{run}-BAD1", "not-an-email"));
        rows.Insert(5, Customer($"{run}-BAD2", $"{run}.x@example.co.uk", status: "X"));
        rows.Add(Customer("", $"{run}.y@example.co.uk"));

        await _driver.ExportAsync("/_sandbox/legacy/exports/customers", new { fileName = file, rows, marker = true });
        await _driver.WaitForArchiveAsync(file);

        var published = (await _driver.CustomersAsync()).Where(c => c.Envelope.SourceRecordId.StartsWith(run + "-", StringComparison.Ordinal)).ToList();
        published.Select(c => c.Envelope.SourceRecordId).Should().BeEquivalentTo(Enumerable.Range(1, 7).Select(i => $"{run}-{i}"));
        published.Should().OnlyContain(c => c.Envelope.SourceSystem == "legacy-csv" && c.Kind == Hub.Contracts.CustomerKind.Person && c.Phone == "+442079460018" && c.Addresses.Count == 1);
        published.Select(c => c.Envelope.EntityId).Should().OnlyHaveUniqueItems("unmatched legacy customers get canonical ids of their own");

        var quarantineFile = Path.Combine(fixture.Folder("quarantine"), file + ".rejected.csv");
        var lines = await File.ReadAllLinesAsync(quarantineFile);
        lines[0].Should().StartWith("CUST_NO;").And.EndWith("REJECT_ROW;REJECT_REASON", "the quarantine file keeps the export's delimiter so it can be fixed and dropped again");
        lines.Should().HaveCount(4);
        lines[1].Should().Contain($"{run}-BAD1").And.Contain("email (");
        lines[2].Should().Contain($"{run}-BAD2").And.Contain("status (");
        lines[3].Should().Contain("sourceRecordId (required)");

        var quarantined = await QuarantinedAsync(file, 3);
        quarantined.Select(q => q.Row).Should().Equal(3, 6, 10);
        quarantined.Should().OnlyContain(q => q.Reason.Length > 0 && q.QuarantineFile == quarantineFile);
        File.Exists(Path.Combine(fixture.Folder("inbox"), file)).Should().BeFalse();
    }

    [Fact]
    public async Task CustomerCsv_WrittenSlowlyWithoutMarker_ReadOnlyWhenCompleteAndOnce()
    {
        var run = LegacyDriver.Unique("S");
        var file = $"customers_{run}.csv";

        await _driver.ExportAsync("/_sandbox/legacy/exports/customers", new { fileName = file, rows = GoodRows(run, 4), chunks = 4, chunkIntervalMs = 900 });
        var inbox = Path.Combine(fixture.Folder("inbox"), file);
        await Eventually.UntilAsync(() => File.Exists(inbox), "the sandbox to start the export");
        while (!await ExportCompleteAsync(file))
        {
            File.Exists(inbox).Should().BeTrue("the connector must not take a file that is still growing");
            _driver.Archived(file).Should().BeNull();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        await _driver.WaitForArchiveAsync(file);
        var published = (await _driver.CustomersAsync()).Where(c => c.Envelope.SourceRecordId.StartsWith(run + "-", StringComparison.Ordinal)).ToList();
        published.Select(c => c.Envelope.SourceRecordId).Should().BeEquivalentTo(Enumerable.Range(1, 4).Select(i => $"{run}-{i}"), "every row once, none cut in half");
        File.Exists(Path.Combine(fixture.Folder("quarantine"), file + ".rejected.csv")).Should().BeFalse();
    }

    [Fact]
    public async Task CustomerCsv_SameContentDroppedTwice_ProcessedOnce()
    {
        var run = LegacyDriver.Unique("D");
        var first = $"customers_{run}_a.csv";
        var second = $"customers_{run}_b.csv";
        var rows = GoodRows(run, 3);

        await _driver.ExportAsync("/_sandbox/legacy/exports/customers", new { fileName = first, rows, marker = true });
        await _driver.WaitForArchiveAsync(first);
        await _driver.ExportAsync("/_sandbox/legacy/exports/customers", new { fileName = second, rows, marker = true });
        await _driver.WaitForArchiveAsync(second, duplicate: true);

        var published = (await _driver.CustomersAsync()).Where(c => c.Envelope.SourceRecordId.StartsWith(run + "-", StringComparison.Ordinal)).ToList();
        published.Should().HaveCount(3, "the second drop is a duplicate and publishes nothing");
        var report = await fixture.Connector.GetStringAsync("/legacy/files", TestContext.Current.CancellationToken);
        report.Should().Contain(first).And.NotContain(second, "only the first file is recorded as processed");
    }

    [Fact]
    public async Task CustomerCsv_NotValidUtf8_MovedToErrorFolderWithReason()
    {
        var run = LegacyDriver.Unique("E");
        var file = $"customers_{run}.csv";

        await _driver.ExportAsync("/_sandbox/legacy/exports", new { fileName = file, content = $"CUST_NO;LAST_NAME;CHANGED_ON\n{run}-1;Müller;01/03/2025\n", encoding = "windows-1252", marker = true });

        var reason = Path.Combine(fixture.Folder("error"), file + ".reason.txt");
        await Eventually.UntilAsync(() => File.Exists(reason), $"{file} to be moved to the error folder", TimeSpan.FromSeconds(30));
        (await File.ReadAllTextAsync(reason)).Should().Contain("not valid utf-8");
        File.Exists(Path.Combine(fixture.Folder("error"), file)).Should().BeTrue();
        _driver.Archived(file).Should().BeNull();
    }

    private async Task<bool> ExportCompleteAsync(string file)
    {
        var exports = await _driver.GetAsync("/_sandbox/legacy/exports");
        return exports.EnumerateArray().Any(e => e.GetProperty("fileName").GetString() == file && e.GetProperty("complete").GetBoolean());
    }

    private async Task<List<Legacy.Connector.Quarantine.QuarantinedRow>> QuarantinedAsync(string file, int expected)
    {
        var rows = new List<Legacy.Connector.Quarantine.QuarantinedRow>();
        await Eventually.UntilAsync(() => (rows = _driver.Quarantined(file)).Count >= expected, $"{expected} quarantined rows of {file}");
        return rows.OrderBy(r => r.Row).ToList();
    }
}
