using System.Globalization;
using Hub.Reconciliation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// <c>GET /reconcile/{entity}?since=&amp;after=&amp;limit=</c>: one page of what the connector's system holds of the
/// entity, in canonical form (<see cref="ISnapshotSource"/>, keyed by the entity). Read-only; 400 for a malformed
/// time or limit; a system that cannot be read now (after the API client's resilience pipeline) answers 503, one that refuses the read 502.
/// </summary>
public static class SnapshotEndpoint
{
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string entity)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(SnapshotPageDocument.Route(entity), (HttpContext http, IOptions<ConnectorOptions> connector, CancellationToken cancellationToken) =>
            ReadAsync(http, entity, connector.Value.SourceSystem, cancellationToken));
    }

    private static async Task<IResult> ReadAsync(HttpContext http, string entity, string system, CancellationToken cancellationToken)
    {
        var source = http.RequestServices.GetRequiredKeyedService<ISnapshotSource>(entity);
        var request = http.Request.Query;
        DateTimeOffset? since = null;
        if (request["since"].ToString() is { Length: > 0 } text)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return Results.BadRequest(new { error = $"since: '{text}' is not an ISO 8601 time" });
            }

            since = parsed;
        }

        if (PageLimit.TryRead(request, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        var after = request["after"].ToString() is { Length: > 0 } cursor ? cursor : null;
        SnapshotPage page;
        try
        {
            page = await source.ReadPageAsync(new SnapshotQuery(since, after, limit), cancellationToken).ConfigureAwait(false);
        }
        catch (ExternalApiUnavailableException ex)
        {
            // The caller (hub reconcile) reports the system as unreadable rather than comparing a partial snapshot.
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (ExternalApiRejectedException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status502BadGateway);
        }

        return Results.Json(new SnapshotPageDocument(system, source.EntityType, source.Fields, page.Records, page.Next), SnapshotPageDocument.Json);
    }
}
