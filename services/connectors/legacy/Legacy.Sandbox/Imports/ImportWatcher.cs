using System.Globalization;
using CsvHelper;
using Microsoft.Extensions.Options;

namespace Legacy.Sandbox.Imports;

/// <summary>
/// The legacy import job: takes a customer file from the import folder once its .done marker exists, applies each
/// row (skipping EVENT_IDs applied before), and moves the file and marker to imported/.
/// </summary>
public sealed class ImportWatcher(IOptions<LegacySandboxOptions> options, ImportLog log, TimeProvider time, ILogger<ImportWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = Path.GetFullPath(options.Value.ImportFolder);
        var done = Path.Combine(folder, "imported");
        Directory.CreateDirectory(done);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var marker in Directory.EnumerateFiles(folder, "*.csv.done").Order(StringComparer.Ordinal))
            {
                var data = marker[..^".done".Length];
                try
                {
                    Import(data);
                    File.Move(data, Path.Combine(done, Path.GetFileName(data)), overwrite: true);
                    File.Move(marker, Path.Combine(done, Path.GetFileName(marker)), overwrite: true);
                }
                catch (IOException ex)
                {
                    logger.LogWarning(ex, "Import of {File} failed; trying again", data);
                }
            }

            try
            {
                await Task.Delay(options.Value.ImportPollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Import(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var name = Path.GetFileName(path);
        while (csv.Read())
        {
            var values = header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.OrdinalIgnoreCase);
            log.Row(new ImportedRow(name, values.GetValueOrDefault("EVENT_ID", ""), values, time.GetUtcNow()));
        }

        log.File(name);
    }
}
