using Hub.Benchmarks;

// ./build.sh bench [--events N] [--partitions N] [--payload BYTES] [--rate EVENTS_PER_S] [--seconds N] [--batch N] [--rounds N]
var settings = BenchSettings.Parse(args);
return await new PipelineBenchmark(settings, Console.Out).RunAsync();
