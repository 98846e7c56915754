using System.Globalization;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// Where a connector's time goes, from its own /metrics: the mean time per handled event and per external API call
/// (histogram sum / count over the whole run, every label summed).
/// </summary>
public static class HandlerTimings
{
    private static readonly string[] Histograms = ["messaging_process_duration_seconds", "hub_connector_external_call_duration_seconds", "hub_messaging_end_to_end_duration_seconds"];

    public static async Task<string> ReadAsync(Uri connector)
    {
        using var client = new HttpClient { BaseAddress = connector, Timeout = TimeSpan.FromSeconds(10) };
        var lines = (await client.GetStringAsync("/metrics")).Split('\n');
        return string.Join("; ", Histograms.Select(h =>
        {
            var sum = Total(lines, h + "_sum");
            var count = Total(lines, h + "_count");
            return string.Create(CultureInfo.InvariantCulture, $"{h}: {count:N0} x {(count > 0 ? sum / count * 1000 : double.NaN):F2} ms");
        }));
    }

    private static double Total(IEnumerable<string> lines, string name) => lines
        .Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is '{' or ' '))
        .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
