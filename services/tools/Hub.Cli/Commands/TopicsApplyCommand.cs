using System.CommandLine;
using System.Net.Http.Json;
using Hub.Cli.Infrastructure;
using Hub.Topics;

namespace Hub.Cli.Commands;

/// <summary>
/// Creates declared topics the cluster lacks: through AdminClient on real Kafka, through the dev host's control API
/// on the embedded mock cluster (which has no CreateTopics). Existing topics are never altered; differences are shown.
/// </summary>
public static class TopicsApplyCommand
{
    public static Command Create()
    {
        var command = new Command("apply", "Create the declared topics that are missing (never alters existing ones)");
        command.Options.Add(TopicsCommand.TopicsFile);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var catalog = TopicsCommand.LoadCatalog(context);
        var states = TopicsCommand.Compare(context, catalog);
        var missing = catalog.Topics.Where(t => states.Single(s => s.Name == t.Name).State == "missing").ToList();
        foreach (var differing in states.Where(s => s.State is not "ok" and not "missing"))
        {
            context.Output.Warn($"{differing.Name}: {differing.State} ({differing.ActualPartitions} on the cluster, {differing.DeclaredPartitions} declared); not changed.");
        }

        context.Output.Line(missing.Count == 0 ? "Every declared topic exists." : $"To create: {string.Join(", ", missing.Select(t => $"{t.Name} ({t.Partitions} partitions)"))}");
        var names = missing.Select(t => t.Name).ToList();
        if (missing.Count == 0)
        {
            if (context.Output.IsJson)
            {
                context.Output.WriteJson(new { dryRun = mode != ChangeMode.Apply, created = names });
            }

            return ExitCodes.Ok;
        }

        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        var auditable = context.Kafka.TopicExists(Audit.AuditLog.Topic) || names.Contains(Audit.AuditLog.Topic);
        if (!auditable)
        {
            context.Audit.EnsureWritable();
        }

        if (mode == ChangeMode.DryRun)
        {
            if (context.Kafka.TopicExists(Audit.AuditLog.Topic))
            {
                await context.Audit.WriteAsync("topics apply", catalog.Source, dryRun: true, "dry-run", new { create = names }, cancellationToken);
            }

            Report(context, names, dryRun: true);
            return ExitCodes.Ok;
        }

        if (context.Settings.Embedded && context.Settings.ControlUrl is { } control)
        {
            using var http = new HttpClient { BaseAddress = control, Timeout = context.Timeout };
            foreach (var topic in missing)
            {
                using var response = await http.PostAsJsonAsync("topics", new { name = topic.Name, partitions = topic.Partitions }, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw CliException.Failed($"The dev host refused to create {topic.Name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                }
            }
        }
        else
        {
            using var provisioner = new KafkaTopicProvisioner(context.Kafka.Bootstrap) { RequestTimeout = context.Timeout };
            try
            {
                await provisioner.EnsureTopicsAsync(missing, cancellationToken);
            }
            catch (InvalidOperationException ex)
            {
                throw CliException.Failed(ex.Message, ex);
            }
        }

        await context.Audit.WriteAsync("topics apply", catalog.Source, dryRun: false, "succeeded", new { created = names }, cancellationToken);
        Report(context, names, dryRun: false);
        return ExitCodes.Ok;
    }

    private static void Report(CliContext context, List<string> names, bool dryRun)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, created = dryRun ? [] : names, wouldCreate = names });
            return;
        }

        context.Output.Line(dryRun ? $"Dry run: {names.Count} topic(s) would be created; nothing was changed." : $"Created {names.Count} topic(s).");
    }
}
