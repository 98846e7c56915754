using Hub.Cli.Output;
using Hub.Identity.Capture;
using Spectre.Console;

namespace Hub.Cli.Traffic;

/// <summary>One row per captured exchange: when, which connector, what was asked and what was answered.</summary>
public static class CaptureView
{
    public static Table List(IEnumerable<CapturedExchange> exchanges)
    {
        var table = CliOutput.NewTable("at (UTC)", "connector", "kind", "channel", "request", "answer", "ms");
        foreach (var e in exchanges)
        {
            CliOutput.AddRow(
                table,
                e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
                e.Connector,
                e.Kind,
                e.Channel,
                $"{e.Request.Method} {e.Request.Target}",
                e.Response?.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? e.Failure ?? "",
                e.DurationMs.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
        }

        return table;
    }
}
