using System.Text.RegularExpressions;
using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

/// <summary>
/// PowerShell is not installed here, so build.ps1 is checked as text against build.sh: both must forward the
/// same verbs, unchanged, to the same build program invocation.
/// </summary>
public partial class WrapperScriptTests
{
    private const string Invocation = "dotnet run --project build/Build.csproj -c Release";

    private static readonly string Root = RepoLayout.FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("repository root not found above the test binaries");

    private static string BuildSh => File.ReadAllText(Path.Combine(Root, "build.sh"));

    private static string BuildPs1 => File.ReadAllText(Path.Combine(Root, "build.ps1"));

    [Fact]
    public void UsageComments_BothWrappers_ListExactlyTheDispatcherVerbs()
    {
        using var repo = new TempRepo();
        var verbs = VerbDispatcher.CreateDefault(repo.Context).Verbs.Select(v => v.Name).Append("help").Order();

        UsageVerbs(BuildSh).Should().Equal(verbs);
        UsageVerbs(BuildPs1).Should().Equal(verbs);
    }

    [Fact]
    public void BuildSh_Invocation_ForwardsAllArgumentsAndExitCode()
    {
        BuildSh.Should().Contain($"exec {Invocation} -- \"$@\"");
    }

    [Fact]
    public void BuildPs1_Invocation_ForwardsAllArgumentsAndExitCode()
    {
        BuildPs1.Should().Contain($"& {Invocation} '--' @args").And.Contain("$code = $LASTEXITCODE").And.Contain("exit $code");
    }

    [Fact]
    public void Wrappers_BothCheckDotnetOnPathWithTheSameMessage()
    {
        BuildSh.Should().Contain("command -v dotnet");
        BuildPs1.Should().Contain("Get-Command dotnet");
        ErrorMessage(BuildSh).Should().NotBeNull().And.Be(ErrorMessage(BuildPs1));
    }

    [Fact]
    public void Wrappers_BothRunFromTheRepositoryRoot()
    {
        BuildSh.Should().Contain("cd \"$(dirname \"${BASH_SOURCE[0]}\")\"");
        BuildPs1.Should().Contain("Push-Location -LiteralPath $PSScriptRoot");
    }

    [Fact]
    public void CiRun_Script_StrictAndRunsTheTestVerb()
    {
        var ci = File.ReadAllText(Path.Combine(Root, ".ci", "run"));

        ci.Should().StartWith("#!/usr/bin/env bash\n").And.Contain("set -euo pipefail").And.Contain("exec ./build.sh test");
    }

    [Fact]
    public void Scripts_UnixLineEndings_SoTheShebangWorks()
    {
        BuildSh.Should().NotContain("\r");
        File.ReadAllText(Path.Combine(Root, ".ci", "run")).Should().NotContain("\r");
    }

    private static string[] UsageVerbs(string script) =>
        UsageLine().Match(script) is { Success: true } match ? match.Groups[1].Value.Split('|').Order().ToArray() : [];

    private static string? ErrorMessage(string script) =>
        DotnetMissingMessage().Match(script) is { Success: true } match ? match.Value : null;

    [GeneratedRegex(@"# Usage: \./build\.(?:sh|ps1) <([a-z|]+)> \[args\]")]
    private static partial Regex UsageLine();

    [GeneratedRegex(@"error: 'dotnet' is not on PATH\.[^""]*")]
    private static partial Regex DotnetMissingMessage();
}
