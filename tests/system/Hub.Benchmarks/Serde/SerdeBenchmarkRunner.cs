using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Hub.Testing;

namespace Hub.Benchmarks.Serde;

/// <summary>
/// Runs the serde benchmarks with BenchmarkDotNet. In-process, one launch, 3 warm-up and 10 measured iterations,
/// without BenchmarkDotNet building a project per benchmark. Further arguments go to BenchmarkDotNet (e.g.
/// --filter *Order*, --job short). On a loaded machine single-run ratios swing; --paired measures the same bodies
/// alternately instead (<see cref="SerdePairedRunner"/>).
/// </summary>
public static class SerdeBenchmarkRunner
{
    public static int Run(string[] args)
    {
        if (args.Contains("--paired"))
        {
            return SerdePairedRunner.Run();
        }

        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .WithArtifactsPath(RepositoryRoot.Combine("artifacts", "benchmarks"));
        // Without a filter BenchmarkDotNet asks interactively which benchmarks to run.
        string[] arguments = args.Contains("--filter") ? args : [.. args, "--filter", "*"];
        var summaries = BenchmarkSwitcher.FromTypes([typeof(SerdeBenchmarks<>)]).Run(arguments, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
