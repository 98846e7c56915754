namespace Hub.Build.Testing;

public enum TestOutcome
{
    Passed,
    Failed,
    Skipped,
}
