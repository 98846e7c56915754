using Hub.Benchmarks;
using Hub.Benchmarks.Connectors;
using Hub.Benchmarks.Dedup;
using Hub.Benchmarks.Scaling;
using Hub.Benchmarks.Serde;
using Hub.Benchmarks.Soak;

// ./build.sh bench [pipeline|connectors|dedup|scaling|serde|soak] [options]   (docs/benchmarks.md, docs/reliability.md)
var mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "pipeline";
var options = args.Length > 0 && args[0] == mode ? args[1..] : args;
return mode switch
{
    "pipeline" => await new PipelineBenchmark(BenchSettings.Parse(options), Console.Out).RunAsync(),
    "connectors" => await new ConnectorLoadBenchmark(BenchSettings.Parse(options), Console.Out).RunAsync(),
    "dedup" => await new DedupBenchmark(BenchSettings.Parse(options), Console.Out).RunAsync(),
    "scaling" => await new ScalingBenchmark(BenchSettings.Parse(options), Console.Out).RunAsync(),
    "serde" => SerdeBenchmarkRunner.Run(options),
    "soak" => await new SoakRun(SoakSettings.Parse(options), Console.Out).RunAsync(),
    _ => Usage(mode),
};

static int Usage(string mode)
{
    Console.Error.WriteLine($"Unknown mode '{mode}'. Modes: pipeline (default), connectors, dedup, scaling, serde, soak.");
    return 2;
}
