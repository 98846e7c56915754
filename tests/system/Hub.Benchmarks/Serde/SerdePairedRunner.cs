using System.Diagnostics;
using Avro.Specific;
using Hub.Contracts;

namespace Hub.Benchmarks.Serde;

/// <summary>
/// The serde benchmarks measured in pairs (<c>./build.sh bench serde --paired</c>): the raw and the serde body of
/// <see cref="SerdeBenchmarks{T}"/> alternate in short batches, and each ratio is the median of the per-round
/// ratios. BenchmarkDotNet measures one benchmark after the other, so on a shared machine a load that comes or goes
/// between them skews its Ratio column; alternating keeps both sides under the same load.
/// </summary>
public static class SerdePairedRunner
{
    private const int Rounds = 2000;
    private const int BatchSize = 200;

    public static int Run()
    {
        Console.WriteLine($"| event | operation | raw Apache.Avro (median) | Confluent serde (median) | ratio (median of {Rounds} rounds) |");
        Console.WriteLine("|---|---|---|---|---|");
        Measure<CustomerUpserted>();
        Measure<OrderPlaced>();
        return 0;
    }

    private static void Measure<T>()
        where T : class, ISpecificRecord, new()
    {
        var benchmarks = new SerdeBenchmarks<T>();
        benchmarks.Setup();
        Report(typeof(T).Name, "serialize", () => benchmarks.RawSerialize(), () => Completed(benchmarks.ConfluentSerialize()));
        Report(typeof(T).Name, "serialize, raw with a new stream per op", () => benchmarks.RawSerializeFreshStream(), () => Completed(benchmarks.ConfluentSerialize()));
        Report(typeof(T).Name, "serialize, Confluent's AvroSerializer directly", () => benchmarks.RawSerialize(), () => benchmarks.ConfluentDirectSerialize().GetAwaiter().GetResult());
        Report(typeof(T).Name, "deserialize", () => benchmarks.RawDeserialize(), () => Completed(benchmarks.ConfluentDeserialize()));
        Report(typeof(T).Name, "deserialize, Confluent's AvroDeserializer directly", () => benchmarks.RawDeserialize(), () => benchmarks.ConfluentDirectDeserialize().GetAwaiter().GetResult());
    }

    private static void Report(string eventName, string operation, Func<object> raw, Func<object> serde)
    {
        // Warm-up: both bodies reach their final JIT tier before a round counts.
        for (var i = 0; i < 50; i++)
        {
            NanosecondsPerOp(raw);
            NanosecondsPerOp(serde);
        }

        var rawTimes = new double[Rounds];
        var serdeTimes = new double[Rounds];
        var ratios = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            rawTimes[round] = NanosecondsPerOp(raw);
            serdeTimes[round] = NanosecondsPerOp(serde);
            ratios[round] = serdeTimes[round] / rawTimes[round];
        }

        Console.WriteLine($"| {eventName} | {operation} | {Median(rawTimes):N0} ns | {Median(serdeTimes):N0} ns | {Median(ratios):F3} |");
    }

    /// <summary>
    /// With the caches filled Confluent's serdes mostly complete synchronously; a call that does not is waited for,
    /// and its cost (a thread-pool hop) is part of what is measured.
    /// </summary>
    private static object Completed<TResult>(ValueTask<TResult> pending) where TResult : notnull =>
        pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    private static double NanosecondsPerOp(Func<object> body)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < BatchSize; i++)
        {
            GC.KeepAlive(body());
        }

        return Stopwatch.GetElapsedTime(started).TotalNanoseconds / BatchSize;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
