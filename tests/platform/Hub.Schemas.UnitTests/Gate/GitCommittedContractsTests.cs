using System.ComponentModel;
using System.Diagnostics;
using Hub.Schemas.Gate;
using static Hub.Schemas.UnitTests.Gate.ContractsFolder;

namespace Hub.Schemas.UnitTests.Gate;

/// <summary>The real git plumbing, in a repository made for the test in a temporary folder.</summary>
public sealed class GitCommittedContractsTests : IDisposable
{
    private readonly ContractsFolder _folder = new();

    [Fact]
    public void Check_RealGitRepository_DetectsInPlaceEditAndAcceptsNewVersion()
    {
        RequireGit();
        _folder.Write("thing/Thing.v1.avsc", V1);
        Git("init", "--quiet");
        Git("add", "--all");
        Git("-c", "user.name=gate-test", "-c", "user.email=gate-test@example.invalid", "-c", "commit.gpgsign=false",
            "commit", "--quiet", "--message", "v1");
        _folder.Write("thing/Thing.v1.avsc", V2AddsRequired);
        _folder.Write("thing/Thing.v2.avsc", V2AddsRequired);

        var committed = GitCommittedContracts.Open(_folder.Root, "HEAD", out var reason);
        var report = _folder.Check(committed);

        reason.Should().BeNull();
        committed!.ReadCommitted("thing/Thing.v2.avsc").Should().BeNull("v2 is new");
        report.Findings.Should().ContainSingle().Which.Kind.Should().Be(GateFindingKind.PublishedVersionChanged);
        report.Findings[0].Path.Should().EndWith("thing/Thing.v1.avsc");
    }

    [Fact]
    public void Open_FolderOutsideAnyRepository_ReturnsNullWithReason()
    {
        RequireGit();

        var committed = GitCommittedContracts.Open(_folder.Root, "HEAD", out var reason);

        committed.Should().BeNull();
        reason.Should().Contain("not in a git work tree");
    }

    [Fact]
    public void Open_UnknownRevision_ThrowsBadInput()
    {
        RequireGit();
        Git("init", "--quiet");

        var open = () => GitCommittedContracts.Open(_folder.Root, "no-such-branch", out _);

        open.Should().Throw<GateInputException>().WithMessage("*'no-such-branch' does not exist*");
    }

    [Fact]
    public void Open_RepositoryWithoutCommits_ReturnsNullWithReason()
    {
        RequireGit();
        Git("init", "--quiet");

        GitCommittedContracts.Open(_folder.Root, "HEAD", out var reason).Should().BeNull();
        reason.Should().Contain("no commit yet");
    }

    public void Dispose() => _folder.Dispose();

    private static void RequireGit()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            probe.StandardOutput.ReadToEnd();
            probe.WaitForExit();
        }
        catch (Win32Exception)
        {
            Assert.Skip("git is not installed, so the gate's comparison with committed versions cannot be exercised for real");
        }
    }

    private void Git(params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = _folder.Root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var git = Process.Start(info)!;
        var error = git.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        git.ExitCode.Should().Be(0, $"git {string.Join(' ', args)} failed: {error.Result}");
    }
}
