using System.CommandLine;
using Hub.Cli.Output;
using Hub.Serialization.Avro.Registry;
using Microsoft.Extensions.Configuration;

namespace Hub.Cli.Infrastructure;

/// <summary>Gives each command a <see cref="CliContext"/> and turns what it throws into a message and an exit code.</summary>
public static class CommandRunner
{
    public static void SetHandler(Command command, Func<CliContext, CancellationToken, Task<int>> action) =>
        command.SetAction((parse, cancellationToken) => RunAsync(parse, action, cancellationToken));

    private static async Task<int> RunAsync(ParseResult parse, Func<CliContext, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        try
        {
            var interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
            var output = new CliOutput(stdout, stderr, parse.GetValue(GlobalOptions.Output), interactive);
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            var settings = await ConnectionSettings.ResolveAsync(parse, configuration, cancellationToken);
            await using var context = new CliContext(parse, output, settings, parse.Tokens.Select(t => t.Value).ToList());
            return await action(context, cancellationToken);
        }
        catch (CliException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && RegistryFailures.IsUnavailable(ex) && CameThroughRegistryClient(ex))
        {
            await stderr.WriteLineAsync($"error: the schema registry is unreachable: {ex.Message}");
            return ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("error: cancelled.");
            return ExitCodes.Failed;
        }
        catch (Exception ex)
        {
            await stderr.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failed;
        }
    }

    // Timeouts and connection failures are plain HttpClient exceptions: only those raised on the way through
    // Confluent's registry client are the registry's (the dev host's control API uses HttpClient too).
    private static bool CameThroughRegistryClient(Exception ex) =>
        ex is Confluent.SchemaRegistry.SchemaRegistryException
        || ex.StackTrace?.Contains("Confluent.SchemaRegistry", StringComparison.Ordinal) == true;
}
