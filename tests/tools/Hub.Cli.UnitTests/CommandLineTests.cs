using Hub.Cli.Infrastructure;

namespace Hub.Cli.UnitTests;

/// <summary>Bad input is recognised before anything is contacted, so these run without Kafka or Redis.</summary>
public sealed class CommandLineTests
{
    // Nothing listens here: a command that got as far as connecting would report exit code 3, not 2.
    private static readonly string[] Nowhere = ["--bootstrap", "127.0.0.1:9", "--redis", "127.0.0.1:9", "--timeout", "1s"];

    [Theory]
    [InlineData("replay", "erp", "--since-processed", "yesterday")]
    [InlineData("replay", "erp", "--from-time", "13/01/2025")]
    [InlineData("replay", "erp")]
    [InlineData("replay", "erp", "--from-beginning", "--from-offset", "3")]
    [InlineData("replay", "erp", "--from-offset", "-5")]
    [InlineData("replay", "erp", "--from-beginning", "--yes")]
    [InlineData("replay", "erp", "--from-beginning", "--yes", "--dry-run", "--reason", "x")]
    [InlineData("replay", "erp", "--from-offset", "abc")]
    [InlineData("dlq", "list", "--since", "last tuesday")]
    [InlineData("dlq", "show", "not-an-id")]
    [InlineData("dlq", "replay", "--id", "topic:1")]
    [InlineData("dlq", "purge", "--older-than", "a while", "--dry-run")]
    [InlineData("checkpoints", "restore", "erp", "--to-processed", "soon", "--dry-run")]
    [InlineData("conflicts", "list", "--limit", "0")]
    [InlineData("conflicts", "list", "--limit", "many")]
    [InlineData("conflicts", "show")]
    [InlineData("conflicts", "show", " ")]
    [InlineData("conflicts", "accept", "c-1", "--yes")]
    [InlineData("conflicts", "reject", "c-1", "--yes", "--dry-run", "--reason", "x")]
    [InlineData("conflicts", "accept")]
    [InlineData("conflicts", "decide", "c-1")]
    [InlineData("status", "--output", "yaml")]
    [InlineData("no-such-command")]
    [InlineData("status", "--timeout", "forever")]
    [InlineData("reconcile", "payments", "--connector", "crm=http://127.0.0.1:9")]
    [InlineData("reconcile", "--connector", "crm")]
    [InlineData("reconcile", "--connector", "crm=ftp://127.0.0.1:9")]
    [InlineData("reconcile", "--since", "soon", "--connector", "crm=http://127.0.0.1:9")]
    [InlineData("reconcile", "--freshness", "a while", "--connector", "crm=http://127.0.0.1:9")]
    [InlineData("reconcile", "--system", "erp", "--connector", "crm=http://127.0.0.1:9")]
    [InlineData("reconcile", "--ownership", "/no/such/ownership.yaml", "--connector", "crm=http://127.0.0.1:9")]
    public async Task Run_BadInput_ExitCode2WithMessage(params string[] args)
    {
        var (exit, _, error) = await RunAsync([.. args, .. Nowhere]);

        exit.Should().Be(ExitCodes.BadInput, error);
        error.Should().Contain("error:");
    }

    [Fact]
    public async Task Run_YesWithoutReason_ExitCode2BeforeConnecting()
    {
        var (exit, _, error) = await RunAsync(["replay", "erp", "--from-beginning", "--yes", .. Nowhere]);

        exit.Should().Be(ExitCodes.BadInput);
        error.Should().Contain("--reason");
    }

    [Fact]
    public async Task Run_StatusRedisAndKafkaUnreachable_ExitCode3NamingBoth()
    {
        var (exit, _, error) = await RunAsync(["status", .. Nowhere]);

        exit.Should().Be(ExitCodes.Unreachable, error);
        error.Should().Contain("Redis at 127.0.0.1:9 is unreachable").And.Contain("Kafka at 127.0.0.1:9 is unreachable");
    }

    [Fact]
    public async Task Run_KafkaUnreachable_ExitCode3()
    {
        var (exit, _, error) = await RunAsync(["topics", "list", .. Nowhere]);

        exit.Should().Be(ExitCodes.Unreachable, error);
        error.Should().Contain("Kafka at 127.0.0.1:9 is unreachable");
    }

    [Fact]
    public async Task Run_ConflictsListRedisUnreachable_ExitCode3()
    {
        var (exit, _, error) = await RunAsync(["conflicts", "list", .. Nowhere]);

        exit.Should().Be(ExitCodes.Unreachable, error);
        error.Should().Contain("Redis at 127.0.0.1:9 is unreachable");
    }

    [Fact]
    public async Task Run_ReconcileConnectorUnreachable_ExitCode3NamingIt()
    {
        var (exit, _, error) = await RunAsync(["reconcile", "customers", "--connector", "crm=http://127.0.0.1:9", .. Nowhere]);

        exit.Should().Be(ExitCodes.Unreachable, error);
        error.Should().Contain("The crm connector at http://127.0.0.1:9/ did not give its customers snapshot");
    }

    [Fact]
    public async Task Run_Help_ListsEveryCommand()
    {
        var (exit, output, _) = await RunAsync(["--help"]);

        exit.Should().Be(ExitCodes.Ok);
        output.Should().ContainAll("status", "dlq", "replay", "checkpoints", "topics", "schemas", "conflicts", "trace", "reconcile");
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await HubCommandLine.RunAsync(args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }
}
