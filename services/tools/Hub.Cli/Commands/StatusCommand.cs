using System.CommandLine;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Status;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub status`: per group, lag per partition (against the Redis checkpoint and against Kafka's committed offset),
/// data freshness (now − event time of the checkpoint), DLQ depth (records − resolved), live and gone instances with
/// their circuit-breaker states, the owner of each partition (and those without one), and replays in flight.
/// With Redis unreachable it says so and still shows what Kafka knows, then exits 3.
/// </summary>
public static class StatusCommand
{
    private static readonly Argument<string?> Connector = new("connector") { Description = "A connector or group (default: all)", Arity = ArgumentArity.ZeroOrOne };

    public static Command Create()
    {
        var command = new Command("status", "Connectors, groups, lag per partition, freshness, DLQ depth, instances, partition owners, circuit breakers");
        command.Arguments.Add(Connector);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var redisProblem = await context.Redis.ProblemAsync();
        if (redisProblem is not null)
        {
            return KafkaOnly(context, redisProblem);
        }

        var all = await GroupDiscovery.DiscoverAsync(context.Redis);
        var groups = GroupDiscovery.Select(all, context.Parse.GetValue(Connector));
        context.Kafka.Metadata();
        var protocol = await GroupProtocolStatus.ResolveAsync(context.Settings, cancellationToken);
        var (described, unavailable) = await context.Kafka.DescribeGroupsAsync(groups.SelectMany(g => new[] { g.Group, g.RetryGroup }).ToList());
        var report = new List<GroupStatus>();
        foreach (var group in groups)
        {
            report.Add(await GroupStatusReader.ReadAsync(context, group) with
            {
                KafkaGroup = described.GetValueOrDefault(group.Group),
                KafkaRetryGroup = described.GetValueOrDefault(group.RetryGroup),
                KafkaViewUnavailable = unavailable,
            });
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { at = context.Now, redis = "reachable", groupProtocol = new { protocol = protocol.Name, reason = protocol.Reason }, groups = report });
            return ExitCodes.Ok;
        }

        context.Output.Line($"Kafka group protocol: {protocol.Name} ({protocol.Reason})");
        context.Output.Line();

        if (report.Count == 0)
        {
            context.Output.Line($"No consumer group has written a checkpoint under the Redis prefix '{context.Redis.Prefix}' yet.");
            return ExitCodes.Ok;
        }

        report.ForEach(g => StatusView.Render(context, g));
        return ExitCodes.Ok;
    }

    /// <summary>Redis is down: say so first, then what Kafka alone knows; exit 3 because the picture is partial.</summary>
    private static int KafkaOnly(CliContext context, string redisProblem)
    {
        IReadOnlyList<GroupStatus> report;
        try
        {
            var groups = GroupDiscovery.Select(KafkaGroupDiscovery.Discover(context.Kafka), context.Parse.GetValue(Connector));
            report = groups.Select(g => GroupStatusReader.ReadFromKafka(context, g)).ToList();
        }
        catch (CliException kafka) when (kafka.ExitCode == ExitCodes.Unreachable)
        {
            throw CliException.Unreachable($"{redisProblem}; {kafka.Message}", kafka);
        }

        context.Output.Error.WriteLine($"error: {redisProblem}");
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { at = context.Now, redis = redisProblem, groups = report });
            return ExitCodes.Unreachable;
        }

        context.Output.Line("Redis is unreachable: checkpoints, freshness, instances, DLQ resolutions and replays cannot be shown. What Kafka knows:");
        context.Output.Line();
        foreach (var g in report)
        {
            StatusView.Render(context, g);
        }

        return ExitCodes.Unreachable;
    }
}
