namespace Hub.Demo;

/// <summary>One line of Prometheus' text exposition format: name, labels, value.</summary>
public sealed record MetricSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value)
{
    public string Label(string name) => Labels.TryGetValue(name, out var value) ? value : "";
}
