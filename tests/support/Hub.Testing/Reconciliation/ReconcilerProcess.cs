using System.Globalization;
using Xunit;

namespace Hub.Testing.Reconciliation;

/// <summary>The built reconciler (services/tools/Hub.Reconciler) as a process on a loopback port, given connector addresses and an interval; stopped by the test.</summary>
public sealed class ReconcilerProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private ReconcilerProcess(ServiceProcess process)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = process.BaseAddress };
    }

    public HttpClient Http { get; }

    public static async Task<ReconcilerProcess> StartAsync(TimeSpan interval, params (string System, Uri Address)[] connectors)
    {
        var dll = ServiceProcess.BuiltDll("Hub.Reconciler");
        var settings = new Dictionary<string, string>
        {
            // Its shipped appsettings.json, as in a deployment.
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(dll)!,
            ["Reconcile__Interval"] = interval.ToString("c", CultureInfo.InvariantCulture),
            ["Reconcile__ConnectorTimeout"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (system, address) in connectors)
        {
            settings[$"Reconcile__Connectors__{system}"] = address.ToString();
        }

        var process = ServiceProcess.StartDotnet("the reconciler", dll, settings);
        var reconciler = new ReconcilerProcess(process);
        try
        {
            await process.WaitForAsync("/health/live", "the reconciler", TimeSpan.FromSeconds(60));
            return reconciler;
        }
        catch
        {
            await reconciler.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value of the series of <paramref name="name"/> on /metrics that carries every given label, or null while there is none.</summary>
    public async Task<double?> GaugeAsync(string name, params (string Label, string Value)[] labels)
    {
        var text = await Http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(name + "{", StringComparison.Ordinal)
            && labels.All(x => l.Contains($"{x.Label}=\"{x.Value}\"", StringComparison.Ordinal)));
        return line is null ? null : double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public string Output => _process.Output;

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _process.DisposeAsync();
    }
}
