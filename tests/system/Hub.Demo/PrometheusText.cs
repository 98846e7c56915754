using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Demo;

/// <summary>Reads a /metrics page (Prometheus text format) into samples, as a scraper would.</summary>
public static partial class PrometheusText
{
    public static IReadOnlyList<MetricSample> Parse(string text)
    {
        var samples = new List<MetricSample>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = line.StartsWith('#') ? null : Sample().Match(line);
            if (match is not { Success: true })
            {
                continue;
            }

            var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture),
            };
            samples.Add(new MetricSample(match.Groups["name"].Value, labels, value));
        }

        return samples;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
