using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

public sealed class VerbDispatcherTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public void CreateDefault_Verbs_AreTheDocumentedOnes()
    {
        VerbDispatcher.CreateDefault(_repo.Context).Verbs.Select(v => v.Name)
            .Should().Equal("test", "schemas", "manifests", "demo", "bench", "tool", "up", "down");
    }

    [Fact]
    public async Task DispatchAsync_UnknownVerb_PrintsUsageAndReturns2()
    {
        var exit = await VerbDispatcher.CreateDefault(_repo.Context).DispatchAsync(["deploy"], CancellationToken.None);

        exit.Should().Be(2);
        _repo.Error.ToString().Should().Contain("unknown verb 'deploy'").And.Contain("usage:");
        _repo.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task DispatchAsync_NoVerb_PrintsUsageAndReturns2()
    {
        var exit = await VerbDispatcher.CreateDefault(_repo.Context).DispatchAsync([], CancellationToken.None);

        exit.Should().Be(2);
        _repo.Error.ToString().Should().Contain("usage:");
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task DispatchAsync_Help_ListsEveryVerbAndReturns0(string help)
    {
        var exit = await VerbDispatcher.CreateDefault(_repo.Context).DispatchAsync([help], CancellationToken.None);

        exit.Should().Be(0);
        var usage = _repo.Out.ToString();
        foreach (var verb in new[] { "test", "schemas [args]", "demo [--once]", "bench [mode] [args]", "tool", "up", "down", "help" })
        {
            usage.Should().Contain($"  {verb} ");
        }
    }

    [Fact]
    public async Task DispatchAsync_KnownVerb_GetsTheRemainingArguments()
    {
        _repo.Write("tests/system/Hub.Benchmarks/Hub.Benchmarks.csproj", "<Project />");

        await VerbDispatcher.CreateDefault(_repo.Context).DispatchAsync(["bench", "--list", "flat"], CancellationToken.None);

        _repo.Runner.Runs.Single().Arguments.Should().EndWith(["--", "--list", "flat"]);
    }

    [Fact]
    public async Task DispatchAsync_BenchWithMode_PassesTheModeAndOptionsThrough()
    {
        _repo.Write("tests/system/Hub.Benchmarks/Hub.Benchmarks.csproj", "<Project />");

        await VerbDispatcher.CreateDefault(_repo.Context).DispatchAsync(["bench", "soak", "--minutes", "1"], CancellationToken.None);

        _repo.Runner.Runs.Single().Arguments.Should().EndWith(["--", "soak", "--minutes", "1"]);
    }

    public void Dispose() => _repo.Dispose();
}
