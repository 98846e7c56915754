using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Reconciliation;

namespace Hub.Quality;

/// <summary>
/// Reads what a connector's quality endpoint mapped: a system's records page after page (<see cref="ConnectorPages"/>,
/// the same loop as reconciliation snapshots), or one export file sent to the connector that can read it.
/// </summary>
public static class QualityReader
{
    public const int DefaultPageSize = 100;

    /// <param name="http">A client whose BaseAddress is the connector's address.</param>
    public static async Task<ProfiledRecords> ReadAsync(HttpClient http, string entity, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(http);
        var pages = await ConnectorPages.ReadAllAsync<QualityPageDocument>(
            http, QualityPageDocument.Route(entity), [], pageSize, p => p.Next, QualityPageDocument.Json, cancellationToken).ConfigureAwait(false);
        var last = pages[^1];
        return new ProfiledRecords(last.System, last.Entity, last.Mapping, http.BaseAddress?.ToString() ?? "", last.Fields, [.. pages.SelectMany(p => p.Records)]);
    }

    /// <summary>Sends an export file to the connector that parses it (<c>POST /quality/{entity}/file?name=</c>); the name picks the file's layout.</summary>
    public static async Task<ProfiledRecords> ReadFileAsync(HttpClient http, string entity, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var route = $"{QualityPageDocument.FileRoute(entity).TrimStart('/')}?name={Uri.EscapeDataString(fileName)}";
        using var response = await http.PostAsync(route, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new HttpRequestException($"{(int)response.StatusCode} {response.ReasonPhrase}: {detail}", null, response.StatusCode);
        }

        var page = await response.Content.ReadFromJsonAsync<QualityPageDocument>(QualityPageDocument.Json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{http.BaseAddress} answered {route} with an empty body.");
        return new ProfiledRecords(page.System, page.Entity, page.Mapping, fileName, page.Fields, page.Records);
    }
}
