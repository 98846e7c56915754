using System.Globalization;
using Hub.DevStack;

namespace Hub.Benchmarks.Connectors;

/// <summary>The connector load figures as the markdown table docs/benchmarks.md keeps.</summary>
public static class ConnectorLoadReport
{
    public static void Write(TextWriter output, BenchSettings settings, IReadOnlyList<ConnectorPhaseResult> results)
    {
        output.WriteLine();
        output.WriteLine($"| phase ({settings.Seconds} s each) | accepted webhooks, send rate | refused | invoices, completion rate | lost | webhook answered p50 / p99 | webhook → invoice API p50 / p99 / p99.9 | RSS median/peak: shop, accounting connector |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            var latency = r.LatencyMillis.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{r.P(50):F1} / {r.P(99):F1} / {r.P(99.9):F1} ms");
            var answer = r.AnswerMillis.Count == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{r.AnswerP(50):F1} / {r.AnswerP(99):F1} ms");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Label} | {r.Sent:N0}, {r.SendRate:N0}/s | {r.Refused} | {r.Arrived:N0}, {r.CompletionRate:N0}/s | {r.Lost} | {answer} | {latency} | {Rss(r, HubPlatform.ShopConnector)}, {Rss(r, HubPlatform.AccountingConnector)} |"));
        }
    }

    /// <summary>CPU seconds per 1,000 events of each process: what one event costs where, on the shared cores.</summary>
    public static void WriteCpu(TextWriter output, IReadOnlyList<ConnectorPhaseResult> results)
    {
        var names = results.SelectMany(r => r.Cpu.Keys).Distinct().ToList();
        output.WriteLine();
        output.WriteLine($"| phase | {string.Join(" | ", names)} | all |");
        output.WriteLine($"|---|{string.Concat(names.Select(_ => "---|"))}---|");
        foreach (var r in results.Where(r => r.Arrived > 0))
        {
            var perThousand = names.Select(n => r.Cpu.GetValueOrDefault(n) / r.Arrived * 1000).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Label} (CPU s per 1,000 events) | {string.Join(" | ", perThousand.Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))} | {perThousand.Sum():F2} |"));
        }
    }

    private static string Rss(ConnectorPhaseResult result, string process) =>
        result.Rss.TryGetValue(process, out var rss) ? string.Create(CultureInfo.InvariantCulture, $"{rss.Median:F0}/{rss.Peak:F0} MiB") : "—";
}
