namespace Hub.Reconciler;

/// <summary>
/// POST /reconcile/run: a run now, answered when it ends with each entity's summary (per system and kind) or the reason
/// it failed; 200 when every entity was compared, 503 when a connector did not answer. Differences are not an error.
/// </summary>
public static class ReconcileRunEndpoint
{
    public const string Path = "/reconcile/run";

    public static IEndpointRouteBuilder MapReconcileRun(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (ReconciliationRun run, CancellationToken cancellationToken) =>
        {
            var outcomes = await run.RunAsync(cancellationToken);
            var body = outcomes.Select(o => new
            {
                o.Entity,
                o.At,
                o.Succeeded,
                o.Error,
                compared = o.Result?.Compared,
                differences = o.Result?.Differences.Count,
                summary = o.Result is { } result ? DifferenceSamples.Of(o.Entity, result) : null,
            });
            return Results.Json(body, statusCode: outcomes.All(o => o.Succeeded) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
