using Hub.Cli.IntegrationTests.Support;
using Hub.Testing;

namespace Hub.Cli.IntegrationTests;

/// <summary>`hub` as operators install it: packed as a .NET tool into a local feed, installed into a tool path, run by name.</summary>
public sealed class CliToolInstallTests(StackFixture stack) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hub-tool-").FullName;

    [Fact]
    public async Task InstalledTool_AnswersVersionAndStatusByItsCommandName()
    {
        var feed = Path.Combine(_dir, "feed");
        var tools = Path.Combine(_dir, "tools");
        var pack = await HubCli.RunProgramAsync("dotnet", ["pack", RepositoryRoot.Combine("services", "tools", "Hub.Cli", "Hub.Cli.csproj"), "-c", HubCli.Configuration, "--no-build", "-o", feed]);
        pack.ExitCode.Should().Be(0, pack.ToString());
        var install = await HubCli.RunProgramAsync("dotnet", ["tool", "install", "Hub.Cli", "--tool-path", tools, "--add-source", feed]);
        install.ExitCode.Should().Be(0, install.ToString());
        var hub = Path.Combine(tools, OperatingSystem.IsWindows() ? "hub.exe" : "hub");

        var version = await HubCli.RunProgramAsync(hub, ["--version"]);
        var status = await HubCli.RunProgramAsync(hub, ["status", "--bootstrap", stack.BootstrapServers, "--redis", stack.RedisConfiguration, "--redis-prefix", $"tool-{Guid.NewGuid():N}"]);

        version.ExitCode.Should().Be(0, version.ToString());
        version.Output.Should().StartWith("0.1.0");
        status.ExitCode.Should().Be(0, status.ToString());
        status.Output.Should().Contain("Kafka group protocol: ").And.Contain("No consumer group has written a checkpoint");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
