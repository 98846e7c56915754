using Hub.Build.Processes;
using Hub.Build.Steps;
using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

public sealed class AptInstallerTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public AptInstallerTests() => _repo.Host.OnPath.Remove("redis-server");

    [Fact]
    public async Task EnsureAsync_AlreadyOnPath_RunsNothing()
    {
        _repo.Host.OnPath.Add("redis-server");

        (await Ensure()).Should().BeTrue();
        _repo.Runner.Runs.Should().BeEmpty();
    }

    [Fact]
    public async Task EnsureAsync_MissingAsRoot_UpdatesThenInstallsNonInteractively()
    {
        _repo.Runner.OnRun = spec =>
        {
            if (spec.Arguments[0] == "install")
            {
                _repo.Host.OnPath.Add("redis-server");
            }

            return new ProcessOutcome(0);
        };

        (await Ensure()).Should().BeTrue();
        _repo.Runner.CommandLines.Should().Equal("apt-get update", "apt-get install -y redis-server");
        _repo.Runner.Runs.Should().OnlyContain(r => r.Environment["DEBIAN_FRONTEND"] == "noninteractive");
    }

    [Fact]
    public async Task EnsureAsync_MissingNotRoot_FailsWithTheCommandToRun()
    {
        _repo.Host.IsRoot = false;

        (await Ensure()).Should().BeFalse();
        _repo.Runner.Runs.Should().BeEmpty();
        _repo.Error.ToString().Should().Contain("needs root").And.Contain("sudo sh -c 'apt-get update && apt-get install -y redis-server'");
    }

    [Fact]
    public async Task EnsureAsync_AptUpdateFails_StopsAndFails()
    {
        _repo.Runner.OnRun = _ => new ProcessOutcome(100);

        (await Ensure()).Should().BeFalse();
        _repo.Runner.CommandLines.Should().Equal("apt-get update");
        _repo.Error.ToString().Should().Contain("exit code 100");
    }

    [Fact]
    public async Task EnsureAsync_InstalledButStillMissing_Fails()
    {
        (await Ensure()).Should().BeFalse();
        _repo.Error.ToString().Should().Contain("still not on PATH");
    }

    [Fact]
    public async Task EnsureAsync_NoAptGet_FailsWithPackageName()
    {
        _repo.Host.OnPath.Remove("apt-get");

        (await Ensure()).Should().BeFalse();
        _repo.Error.ToString().Should().Contain("install the 'redis-server' package");
    }

    [Fact]
    public async Task EnsureAsync_OptionalMissingNotRoot_WarnsInsteadOfFailingLoudly()
    {
        _repo.Host.IsRoot = false;

        var found = await new AptInstaller(_repo.Context).EnsureAsync("redis-server", "redis-server", CancellationToken.None, optional: true);

        found.Should().BeFalse();
        _repo.Error.ToString().Should().StartWith("warning:").And.Contain("Tests that need it will be skipped").And.NotContain("error:");
    }

    private Task<bool> Ensure() => new AptInstaller(_repo.Context).EnsureAsync("redis-server", "redis-server", CancellationToken.None);

    public void Dispose() => _repo.Dispose();
}
