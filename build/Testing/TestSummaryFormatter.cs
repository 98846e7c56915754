using System.Text;

namespace Hub.Build.Testing;

/// <summary>
/// Prints the end-of-run summary. The closing line has the exact shape "Tests: N passed, N failed, N skipped"
/// that CI reads; per-project lines deliberately avoid that shape (no commas) so only one line matches.
/// </summary>
public static class TestSummaryFormatter
{
    public static bool IsSuccess(IReadOnlyList<ProjectTestRun> runs) => runs.Count > 0 && runs.All(r => r.Succeeded);

    public static string ClosingLine(IReadOnlyList<ProjectTestRun> runs) =>
        $"Tests: {runs.Sum(r => r.Passed)} passed, {runs.Sum(r => r.Failed)} failed, {runs.Sum(r => r.Skipped)} skipped";

    public static string Format(IReadOnlyList<ProjectTestRun> runs)
    {
        var text = new StringBuilder();
        var width = runs.Select(r => r.Project.Length).DefaultIfEmpty(0).Max();
        foreach (var run in runs)
        {
            var counts = $"{run.Passed,5} passed {run.Failed,4} failed {run.Skipped,4} skipped";
            var status = run.RunError is null ? string.Empty : $"  FAILED TO RUN: {run.RunError}";
            text.AppendLine($"  {run.Project.PadRight(width)} {counts}{status}");
        }

        text.AppendLine(ClosingLine(runs));

        AppendList(text, "Skipped", runs, TestOutcome.Skipped, "(no reason given)");
        AppendList(text, "Failed", runs, TestOutcome.Failed, "(no message)");

        var broken = runs.Where(r => r.RunError is not null).ToList();
        if (broken.Count > 0)
        {
            text.AppendLine($"Projects that failed to run ({broken.Count}):");
            foreach (var run in broken)
            {
                text.AppendLine($"  {run.Project}: {run.RunError}");
            }
        }

        return text.ToString();
    }

    private static void AppendList(
        StringBuilder text, string title, IReadOnlyList<ProjectTestRun> runs, TestOutcome outcome, string fallback)
    {
        var items = runs
            .SelectMany(run => run.Results.Where(r => r.Outcome == outcome).Select(r => (run.Project, Result: r)))
            .ToList();
        if (items.Count == 0)
        {
            return;
        }

        text.AppendLine($"{title} ({items.Count}):");
        foreach (var (project, result) in items)
        {
            text.AppendLine($"  [{project}] {result.Name}: {result.FirstLine ?? fallback}");
        }
    }
}
