using System.Collections.Concurrent;
using Hub.Testing;
using Hub.Testing.Reliability;

namespace Hub.Reliability.IntegrationTests.Support;

/// <summary>
/// Collects every scenario's counts and, when the run ends, writes the table to
/// artifacts/reliability/results.md (the figures published in docs/reliability.md).
/// </summary>
public sealed class ReliabilityReport : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReliabilityResult> _results = new();

    public static string OutputPath => RepositoryRoot.Combine("artifacts", "reliability", "results.md");

    /// <summary>Records the row and echoes it to the test's output, so a failing assertion shows the whole picture.</summary>
    public ReliabilityResult Add(ReliabilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _results.Enqueue(result);
        TestContext.Current.TestOutputHelper?.WriteLine(result.Describe());
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_results.IsEmpty)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(OutputPath)!);
        var table = ReliabilityTable.Format(_results.OrderBy(r => r.Scenario, StringComparer.Ordinal));
        await File.WriteAllTextAsync(OutputPath, $"Reliability suite, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC{Environment.NewLine}{Environment.NewLine}{table}");
    }
}
