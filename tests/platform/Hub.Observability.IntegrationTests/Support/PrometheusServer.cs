using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.DevStack;
using Hub.Testing;

namespace Hub.Observability.IntegrationTests.Support;

/// <summary>
/// The Debian `prometheus` binary on a free loopback port with its own configuration and data directory in a
/// temporary folder, stopped (SIGTERM, then kill) and cleaned up by this handle.
/// </summary>
public sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ProcessOutput _output;
    private readonly DirectoryInfo _home;
    private readonly HttpClient _http;

    private PrometheusServer(Process process, ProcessOutput output, DirectoryInfo home, Uri address)
    {
        _process = process;
        _output = output;
        _home = home;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public string Output => _output.Text;

    /// <param name="configuration">prometheus.yml; rule file paths in it must be absolute.</param>
    public static PrometheusServer Start(string binary, string configuration)
    {
        var home = Directory.CreateTempSubdirectory("hub-prometheus-");
        var configFile = Path.Combine(home.FullName, "prometheus.yml");
        File.WriteAllText(configFile, configuration);
        var address = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var info = new ProcessStartInfo(binary)
        {
            ArgumentList =
            {
                $"--config.file={configFile}",
                $"--storage.tsdb.path={Path.Combine(home.FullName, "data")}",
                $"--web.listen-address={address.Host}:{address.Port}",
                // Exemplars (trace ids on histogram samples) are what the dashboards link to Jaeger with.
                "--enable-feature=exemplar-storage",
            },
        };
        var (process, output) = ProcessOutput.Start(info);
        return new PrometheusServer(process, output, home, address);
    }

    public Task WaitUntilReadyAsync() => Eventually.UntilAsync(
        async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"prometheus exited with code {_process.ExitCode}:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri("/-/ready", UriKind.Relative));
                return response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        },
        "Prometheus to be ready",
        TimeSpan.FromSeconds(30));

    /// <summary>The number of series an instant query returns (0 for an empty result).</summary>
    public async Task<int> CountSeriesAsync(string expr)
    {
        var url = new Uri($"/api/v1/query?query={Uri.EscapeDataString(expr)}", UriKind.Relative);
        using var document = await _http.GetFromJsonAsync<JsonDocument>(url) ?? throw new InvalidOperationException("empty answer");
        var data = document.RootElement.GetProperty("data");
        return data.GetProperty("resultType").GetString() is "vector" or "matrix" ? data.GetProperty("result").GetArrayLength() : 1;
    }

    public async Task<JsonDocument> GetJsonAsync(string path) =>
        await _http.GetFromJsonAsync<JsonDocument>(new Uri(path, UriKind.Relative)) ?? throw new InvalidOperationException($"empty answer from {path}");

    public async ValueTask DisposeAsync()
    {
        await ProcessSignals.StopAsync(_process, TimeSpan.FromSeconds(10));
        _process.Dispose();
        _http.Dispose();
        _home.Delete(recursive: true);
    }
}
