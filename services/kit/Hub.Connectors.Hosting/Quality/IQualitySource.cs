namespace Hub.Connectors.Hosting;

/// <summary>
/// What a connector implements so `hub quality` can profile its system before it is switched on: the system's records
/// page by page, read through the connector's API client (its resilience pipeline and rate limits) and never written,
/// in the shape its inbound mapping reads. Declared with <c>.Quality&lt;TSource&gt;("customers")</c>.
/// </summary>
public interface IQualitySource
{
    /// <summary>The inbound mapping the records are run through (a name in the connector's MappingCatalog).</summary>
    string Mapping { get; }

    Task<RawRecordPage> ReadPageAsync(string? after, int limit, CancellationToken cancellationToken);
}
