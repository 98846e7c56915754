namespace Hub.Build.Testing;

/// <summary>
/// One more run of a test project under other settings (an environment variable, optionally a filter), labelled
/// apart in headers, the summary and its TRX file: <c>Hub.Messaging.IntegrationTests [classic]</c>.
/// </summary>
public sealed record TestRerun(string Tag, IReadOnlyDictionary<string, string> Environment, IReadOnlyList<string> FilterArguments)
{
    public string Label(string projectName) => $"{projectName} [{Tag}]";

    public string TrxFile(string projectName) => $"{projectName}.{Tag}.trx";

    /// <summary>Every rerun of a project, in the order they run after its default run.</summary>
    public static IReadOnlyList<TestRerun> For(string projectName) =>
    [
        .. GroupProtocolMatrix.RerunOf(projectName) is { } classic ? [classic] : Array.Empty<TestRerun>(),
        .. RedisClusterMatrix.RerunOf(projectName) is { } cluster ? [cluster] : Array.Empty<TestRerun>(),
    ];
}
