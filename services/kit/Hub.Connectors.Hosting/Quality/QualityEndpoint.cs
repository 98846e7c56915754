using Hub.Mapping;
using Hub.Quality;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>
/// <c>GET /quality/{entity}?after=&amp;limit=</c>: one page of the system's records run through the connector's inbound
/// mapping (<see cref="IQualitySource"/>, keyed by the entity), and <c>POST /quality/{entity}/file?name=</c>: every row
/// of an export file sent in the body (<see cref="IQualityFileSource"/>). Read-only: nothing is published, linked or
/// written. 503/502 when the system cannot be read or refuses, as the snapshot endpoint answers.
/// </summary>
public static class QualityEndpoint
{
    /// <summary>The largest export file the file route takes (exports are one day's changes; the connector holds them in memory to read them too).</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints, string entity)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(QualityPageDocument.Route(entity), (HttpContext http, IOptions<ConnectorOptions> connector, MappingCatalog mappings, CancellationToken cancellationToken) =>
            ReadPageAsync(http, entity, connector.Value.SourceSystem, mappings, cancellationToken));
    }

    public static IEndpointConventionBuilder MapFile(IEndpointRouteBuilder endpoints, string entity)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(QualityPageDocument.FileRoute(entity), (HttpContext http, IOptions<ConnectorOptions> connector, MappingCatalog mappings, CancellationToken cancellationToken) =>
            ReadFileAsync(http, entity, connector.Value.SourceSystem, mappings, cancellationToken));
    }

    private static async Task<IResult> ReadPageAsync(HttpContext http, string entity, string system, MappingCatalog mappings, CancellationToken cancellationToken)
    {
        var source = http.RequestServices.GetRequiredKeyedService<IQualitySource>(entity);
        if (PageLimit.TryRead(http.Request.Query, out var limit) is { } badLimit)
        {
            return badLimit;
        }

        var after = http.Request.Query["after"].ToString() is { Length: > 0 } cursor ? cursor : null;
        RawRecordPage page;
        try
        {
            page = await source.ReadPageAsync(after, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (ExternalApiUnavailableException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (ExternalApiRejectedException ex)
        {
            return Results.Json(new { error = ex.Message }, statusCode: StatusCodes.Status502BadGateway);
        }

        return Answer(system, entity, mappings[source.Mapping], page.Records, page.Next);
    }

    private static async Task<IResult> ReadFileAsync(HttpContext http, string entity, string system, MappingCatalog mappings, CancellationToken cancellationToken)
    {
        var source = http.RequestServices.GetRequiredKeyedService<IQualityFileSource>(entity);
        var name = http.Request.Query["name"].ToString();
        if (name.Length == 0)
        {
            return Results.BadRequest(new { error = "name: the export file's name is required (it selects the file's layout)" });
        }

        if (http.Request.ContentLength > MaxFileBytes)
        {
            return Results.Json(new { error = $"the file is larger than {MaxFileBytes} bytes" }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        QualityFileRows rows;
        try
        {
            rows = source.Read(Path.GetFileName(name), buffer.ToArray());
        }
        catch (InvalidDataException ex)
        {
            return Results.BadRequest(new { error = ex.Message });
        }

        return Answer(system, entity, mappings[rows.Mapping], rows.Records, next: null);
    }

    private static IResult Answer(string system, string entity, RecordMapper mapper, IReadOnlyList<RawRecord> records, string? next) =>
        Results.Json(
            new QualityPageDocument(system, entity, mapper.Definition.Name, QualityRecords.FieldsOf(mapper.Definition), [.. records.Select(r => QualityRecords.Of(mapper, r))], next),
            QualityPageDocument.Json);
}
