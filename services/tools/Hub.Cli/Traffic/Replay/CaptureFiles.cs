using System.Text.Json;
using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// Captured exchanges from JSON-lines files, as the kit's file sink writes them (<c>Capture:Sink=File</c>): one file,
/// or every <c>*.jsonl</c> under a folder. Lines that are not exchanges are counted, not thrown on.
/// </summary>
public static class CaptureFiles
{
    public static (List<CapturedExchange> Exchanges, int Unreadable) Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : [];
        var exchanges = new List<CapturedExchange>();
        var unreadable = 0;
        foreach (var line in files.SelectMany(File.ReadLines).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            try
            {
                if (JsonSerializer.Deserialize<CapturedExchange>(line, CaptureJsonSerializer.Options) is { } exchange)
                {
                    exchanges.Add(exchange);
                    continue;
                }
            }
            catch (JsonException)
            {
                // Counted below: one bad line must not hide the rest.
            }

            unreadable++;
        }

        return (exchanges, unreadable);
    }
}
