using Hub.Benchmarks.Scaling;

namespace Hub.Benchmarks.Connectors;

/// <summary>Samples the resident set size of named processes every 500 ms until disposed.</summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly Dictionary<string, List<double>> _samples;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RssSampler(IReadOnlyDictionary<string, int> processIds)
    {
        _samples = processIds.Keys.ToDictionary(k => k, _ => new List<double>(), StringComparer.Ordinal);
        _loop = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                foreach (var (name, id) in processIds)
                {
                    if (ProcessMemory.RssMiB(id) is { } rss)
                    {
                        lock (_samples)
                        {
                            _samples[name].Add(rss);
                        }
                    }
                }

                await Task.Delay(TimeSpan.FromMilliseconds(500), _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
    }

    /// <summary>Per process: the median and the peak of the samples so far, in MiB.</summary>
    public IReadOnlyDictionary<string, (double Median, double Peak)> Summary()
    {
        lock (_samples)
        {
            return _samples.Where(s => s.Value.Count > 0)
                .ToDictionary(s => s.Key, s => (BenchWait.Median(s.Value), s.Value.Max()), StringComparer.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
