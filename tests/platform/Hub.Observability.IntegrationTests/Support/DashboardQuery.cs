using System.Text.Json;
using Hub.Testing;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>One target of one panel of a dashboard in deploy/grafana/dashboards, with Grafana's variables filled in.</summary>
public sealed record DashboardQuery(string Dashboard, string Panel, string RefId, string Expr)
{
    public override string ToString() => $"{Dashboard} / {Panel} / {RefId}: {Expr}";

    public static IReadOnlyList<DashboardQuery> LoadAll(IReadOnlyDictionary<string, string> variables)
    {
        var queries = new List<DashboardQuery>();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("deploy", "grafana", "dashboards"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var title = document.RootElement.GetProperty("title").GetString()!;
            foreach (var panel in document.RootElement.GetProperty("panels").EnumerateArray())
            {
                foreach (var target in panel.GetProperty("targets").EnumerateArray())
                {
                    var expr = variables.Aggregate(target.GetProperty("expr").GetString()!, (e, v) => e.Replace(v.Key, v.Value, StringComparison.Ordinal));
                    queries.Add(new DashboardQuery(title, panel.GetProperty("title").GetString()!, target.GetProperty("refId").GetString()!, expr));
                }
            }
        }

        return queries;
    }
}
