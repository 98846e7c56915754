namespace Hub.Build.Testing;

/// <summary>One test result from a TRX file; <see cref="Detail"/> is the failure message or the skip reason.</summary>
public sealed record TestCaseResult(string Name, TestOutcome Outcome, string? Detail)
{
    /// <summary>The first non-blank line of <see cref="Detail"/>, enough to recognise a failure in a summary.</summary>
    public string? FirstLine => Detail?
        .Split('\n')
        .Select(line => line.Trim())
        .FirstOrDefault(line => line.Length > 0);
}
