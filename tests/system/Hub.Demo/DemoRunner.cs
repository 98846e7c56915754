using System.Diagnostics;

namespace Hub.Demo;

/// <summary>Starts the whole platform, plays the business day, waits for its outcomes and prints the summary.</summary>
public sealed class DemoRunner(bool once, TextWriter output)
{
    private static readonly TimeSpan OutcomeDeadline = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var platform = await DemoPlatform.StartAsync(output, cancellationToken);
        output.WriteLine($"Platform up after {watch.Elapsed.TotalSeconds:0} s. {DemoSettings.Explanation}");
        output.WriteLine();
        output.WriteLine("A business day:");
        var look = new SandboxViews(platform);
        var day = new BusinessDay(new SandboxActions(platform), look, output);
        await day.RunAsync(cancellationToken);

        var metrics = new ConnectorMetrics(platform);
        var checks = new DayChecks(day.Ledger, look, metrics, platform);
        output.WriteLine();
        output.WriteLine($"Waiting for every system to show the day's outcome (at most {OutcomeDeadline.TotalMinutes:0} minutes) ...");
        var outcomes = await WaitForOutcomesAsync(checks, cancellationToken);

        output.WriteLine();
        output.WriteLine("After the day:");
        var reconciliation = await new DayReconciliation(platform, new SandboxActions(platform), look, day.Ledger, output).RunAsync(cancellationToken);
        IReadOnlyList<DayCheck> results = [.. outcomes, .. reconciliation];

        output.WriteLine();
        output.WriteLine($"Summary after {watch.Elapsed.TotalSeconds:0} s, per connector (from each connector's /metrics and the resolution queue):");
        SummaryTable.PrintFigures(output, await metrics.ReadAsync(cancellationToken));
        output.WriteLine();
        output.WriteLine("Checks:");
        var ok = SummaryTable.PrintChecks(output, results);
        if (!once)
        {
            output.WriteLine();
            StackDirectory.Print(output, platform);
            await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        output.WriteLine("Stopping the platform ...");
        return ok ? 0 : 1;
    }

    /// <summary>Until every check holds (then once more after a pause, so a late duplicate would still show) or the deadline.</summary>
    private async Task<IReadOnlyList<DayCheck>> WaitForOutcomesAsync(DayChecks checks, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var results = await checks.EvaluateAsync(cancellationToken);
        while (results.Any(r => !r.Holds) && watch.Elapsed < OutcomeDeadline)
        {
            if (watch.Elapsed - lastProgress >= ProgressEvery)
            {
                lastProgress = watch.Elapsed;
                output.WriteLine($"  {watch.Elapsed.TotalSeconds,3:0} s: {results.Count(r => r.Holds)}/{results.Count} hold; waiting for: {string.Join("; ", results.Where(r => !r.Holds).Select(r => r.What))}");
            }

            await Task.Delay(500, cancellationToken);
            results = await checks.EvaluateAsync(cancellationToken);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        results = await checks.EvaluateAsync(cancellationToken);
        output.WriteLine($"  {watch.Elapsed.TotalSeconds,3:0} s: {results.Count(r => r.Holds)}/{results.Count} hold.");
        return results;
    }
}
