namespace Hub.Resilience;

/// <summary>
/// The platform's named resilience pipelines: each is obtained by its name from
/// <c>ResiliencePipelineProvider&lt;string&gt;</c> (the HTTP one is the external APIs' HttpClient handler) and each
/// reads its delays and budgets from <c>Resilience:{name}</c>. Table: docs/reliability.md, "Resilience pipelines".
/// </summary>
public static class ResiliencePipelineNames
{
    /// <summary>The configuration section holding one subsection per pipeline name.</summary>
    public const string SectionName = "Resilience";

    /// <summary>Around every handler call of a subscription: rate limit, in-process retries with a budget, circuit breaker.</summary>
    public const string Handler = "handler";

    /// <summary>Between failed polls of a delta poller, until a poll succeeds.</summary>
    public const string Polling = "polling";

    /// <summary>Around Redis and schema registry calls the consumer cannot work without, until the dependency is back.</summary>
    public const string DependencyOutage = "dependency-outage";

    /// <summary>Inside the HttpClient of every external API (off by default: the handler pipeline retries).</summary>
    public const string ExternalApi = "external-api";

    /// <summary>Around every call of the schema registry client.</summary>
    public const string SchemaRegistry = "schema-registry";

    public static IReadOnlyList<string> All { get; } = [Handler, Polling, DependencyOutage, ExternalApi, SchemaRegistry];

    /// <summary>One handler pipeline per subscription (its own breaker, budget and rate limiter), configured from <see cref="Handler"/>.</summary>
    public static string HandlerFor(string subscription) => $"{Handler}:{subscription}";

    /// <summary>Where <paramref name="name"/>'s settings are: <c>Resilience:{name}</c>.</summary>
    public static string SectionOf(string name) => $"{SectionName}:{name}";
}
