using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.Sandboxes;

/// <summary>Drives a running sandbox over HTTP: switch faults, read the request log and webhook statistics.</summary>
public sealed class SandboxControlClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task SetFaultsAsync(FaultSettings settings, CancellationToken cancellationToken = default)
    {
        using var response = await http.PutAsJsonAsync(SandboxPaths.Faults, settings, Json, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public Task HealAsync(CancellationToken cancellationToken = default) => SetFaultsAsync(FaultSettings.Healthy, cancellationToken);

    public async Task<IReadOnlyList<RecordedRequest>> GetRequestsAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync<List<RecordedRequest>>(SandboxPaths.Requests, Json, cancellationToken).ConfigureAwait(false) ?? [];

    public async Task<WebhookStatisticsView> GetWebhookStatisticsAsync(CancellationToken cancellationToken = default) =>
        await http.GetFromJsonAsync<WebhookStatisticsView>(SandboxPaths.Webhooks, Json, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("The sandbox returned no webhook statistics.");
}
