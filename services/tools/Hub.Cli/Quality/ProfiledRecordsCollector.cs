using System.Net;
using System.Text.Json;
using Hub.Cli.Infrastructure;
using Hub.Quality;

namespace Hub.Cli.Quality;

/// <summary>
/// Asks one connector for its system's records run through its inbound mapping: page by page
/// (<c>GET /quality/{entity}</c>), or one export file sent to it (<c>POST /quality/{entity}/file</c>). A connector that
/// does not answer ends the command with exit code 3; one that refuses the file as malformed, with 2.
/// </summary>
public static class ProfiledRecordsCollector
{
    public static async Task<ProfiledRecords> ReadAsync(
        string system, Uri address, string entity, string? file, TimeSpan timeout, TextWriter progress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = timeout };
        ProfiledRecords records;
        try
        {
            records = file is null
                ? await QualityReader.ReadAsync(http, entity, cancellationToken)
                : await QualityReader.ReadFileAsync(http, entity, Path.GetFileName(file), await File.ReadAllBytesAsync(file, cancellationToken), cancellationToken);
        }
        catch (HttpRequestException ex) when (ex.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge)
        {
            throw CliException.BadInput($"The {system} connector at {address} refused {file ?? entity}: {ex.Message}");
        }
        catch (HttpRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            throw CliException.BadInput($"The {system} connector at {address} does not profile {entity}{(file is null ? "" : " export files")} (404).");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            throw CliException.Unreachable($"The {system} connector at {address} did not give its {entity} records: {ex.Message}", ex);
        }

        if (records.System != system)
        {
            throw CliException.BadInput($"--connector {system}={address} answers as the {records.System} connector.");
        }

        progress.WriteLine($"{system}: {records.Records.Count} record(s) from {records.Source}");
        return records;
    }
}
