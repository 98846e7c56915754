namespace Hub.Build.Verbs;

/// <summary>Runs the BenchmarkDotNet program; arguments such as --filter pass straight through.</summary>
public sealed class BenchVerb(BuildContext context) : DotnetRunVerb(context)
{
    public override string Name => "bench";

    public override string Usage => "bench [args]";

    public override string Summary => "run the benchmarks (tests/Hub.Benchmarks), args pass through";

    protected override string ProjectDir => RepoLayout.BenchmarksProject;
}
