using System.CommandLine;
using Hub.Cli.Conflicts;
using Hub.Cli.Infrastructure;
using Hub.Identity;

namespace Hub.Cli.Commands;

/// <summary>
/// `conflicts accept` and `conflicts reject`: records the decision in Redis (once: a second decision is refused),
/// announces the decided record on hub.conflicts under the conflict's key, and audits it. It writes to no system.
/// </summary>
public static class ConflictsDecideCommand
{
    public static Command Create(ConflictStatus decision)
    {
        var command = new Command(ConflictView.Verb(decision), decision == ConflictStatus.Accepted
            ? "Accept the proposed value (recorded; then enter it in the owning system, from which it flows everywhere)"
            : "Reject the proposed value (recorded; the owning system's value stays)");
        command.Arguments.Add(ConflictOptions.Id);
        ChangeOptions.AddTo(command);
        CommandRunner.SetHandler(command, (context, cancellationToken) => RunAsync(context, decision, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ConflictStatus decision, CancellationToken cancellationToken)
    {
        var mode = ChangeOptions.Validate(context.Parse);
        var id = ConflictOptions.RequireId(context.Parse);
        var queue = await ConflictQueue.ConnectAsync(context);
        var conflict = await queue.RequireAsync(id);
        ConflictQueue.EnsurePending(conflict);
        var links = await queue.LinksAsync(conflict);
        var consequence = ConflictView.Consequence(conflict, decision, links);
        context.Output.Line($"To {ConflictView.Verb(decision)}:");
        context.Output.Write(ConflictView.Details(conflict, links));
        context.Output.Line(consequence);
        if (mode == ChangeMode.Preview)
        {
            throw ChangeOptions.MissingYes();
        }

        context.Audit.EnsureWritable();
        var command = $"conflicts {ConflictView.Verb(decision)}";
        var details = new { conflictId = id, decision, conflict.EntityType, conflict.CanonicalId, conflict.Field, conflict.CurrentValue, conflict.ProposedValue, conflict.ProposingSystem, conflict.OwnerSystem };
        if (mode == ChangeMode.DryRun)
        {
            await context.Audit.WriteAsync(command, id, dryRun: true, "dry-run", details, cancellationToken);
            Report(context, conflict, decision, consequence, dryRun: true);
            return ExitCodes.Ok;
        }

        if (!context.Kafka.TopicExists(TopicConflictPublisher.Topic))
        {
            throw CliException.Failed($"The topic {TopicConflictPublisher.Topic} does not exist on {context.Kafka.Bootstrap}, so the decision could not be announced; nothing was changed. Create it with 'hub topics apply --yes --reason ...'.");
        }

        var decided = await queue.DecideAsync(conflict, decision, context.Who, context.Parse.GetValue(ChangeOptions.Reason));
        try
        {
            await context.Kafka.ProduceAsync(TopicConflictPublisher.Topic, await ConflictMessage.CreateAsync(decided, cancellationToken), cancellationToken);
        }
        catch (CliException ex)
        {
            await context.Audit.WriteAsync(command, id, dryRun: false, $"partially-failed: recorded in Redis, not published: {ex.Message}", details, cancellationToken);
            throw new CliException(ex.ExitCode, $"The decision was recorded in Redis but not announced on {TopicConflictPublisher.Topic}: {ex.Message}", ex);
        }

        await context.Audit.WriteAsync(command, id, dryRun: false, "succeeded", details, cancellationToken);
        Report(context, decided, decision, consequence, dryRun: false);
        return ExitCodes.Ok;
    }

    private static void Report(CliContext context, ConflictRecord conflict, ConflictStatus decision, string consequence, bool dryRun)
    {
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { dryRun, decision, conflict, nextStep = consequence });
            return;
        }

        context.Output.Line(dryRun
            ? $"Dry run: conflict {conflict.ConflictId} would be {ConflictView.Decision(decision)}; nothing was changed."
            : $"Conflict {conflict.ConflictId} {ConflictView.Status(conflict)}; announced on {TopicConflictPublisher.Topic}.");
    }
}
