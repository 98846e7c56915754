using Hub.DevStack;

namespace Hub.Demo;

/// <summary>Scrapes every connector's /metrics and adds the conflicts each raised on the resolution queue.</summary>
public sealed class ConnectorMetrics(DemoPlatform platform)
{
    /// <summary>Connector → the system name conflicts carry as ProposingSystem.</summary>
    public static readonly IReadOnlyDictionary<string, string> Connectors = new Dictionary<string, string>
    {
        [HubPlatform.CrmConnector] = "crm",
        [HubPlatform.ShopConnector] = "shop",
        [HubPlatform.ErpConnector] = "erp",
        [HubPlatform.AccountingConnector] = "accounting",
        [HubPlatform.LegacyConnector] = "legacy-csv",
    };

    public async Task<IReadOnlyList<ConnectorFigures>> ReadAsync(CancellationToken cancellationToken)
    {
        var conflicts = await platform.Conflicts.ListPendingAsync(1000);
        var figures = new List<ConnectorFigures>();
        foreach (var (connector, system) in Connectors)
        {
            figures.Add(ConnectorFigures.From(connector, await ScrapeAsync(connector, cancellationToken), conflicts.Count(c => c.ProposingSystem == system)));
        }

        return figures;
    }

    public async Task<IReadOnlyList<MetricSample>> ScrapeAsync(string connector, CancellationToken cancellationToken)
    {
        using var http = platform.Client(connector);
        return PrometheusText.Parse(await http.GetStringAsync(new Uri("/metrics", UriKind.Relative), cancellationToken));
    }
}
