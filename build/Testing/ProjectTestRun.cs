namespace Hub.Build.Testing;

/// <summary>
/// What one test project produced. <see cref="RunError"/> is set when the project did not run cleanly (crash,
/// timeout, no report), independently of test failures, so a broken project cannot look green.
/// </summary>
public sealed record ProjectTestRun(string Project, IReadOnlyList<TestCaseResult> Results, string? RunError)
{
    public int Passed => Count(TestOutcome.Passed);

    public int Failed => Count(TestOutcome.Failed);

    public int Skipped => Count(TestOutcome.Skipped);

    public bool Succeeded => RunError is null && Failed == 0;

    public static ProjectTestRun NotRun(string project, string reason) => new(project, [], reason);

    private int Count(TestOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
