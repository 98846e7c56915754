namespace Hub.Build.Verbs;

/// <summary>
/// Runs the load program and benchmarks (tests/system/Hub.Benchmarks). The first argument picks the mode: pipeline
/// (default), connectors (the real connector processes), dedup, scaling, serde (BenchmarkDotNet) or soak (the reliability
/// soak); the rest pass straight through.
/// </summary>
public sealed class BenchVerb(BuildContext context) : DotnetRunVerb(context)
{
    public override string Name => "bench";

    public override string Usage => "bench [mode] [args]";

    public override string Summary => "benchmarks (tests/system/Hub.Benchmarks): pipeline (default) | connectors | dedup | scaling | serde | soak; args pass through";

    protected override string ProjectDir => RepoLayout.BenchmarksProject;
}
