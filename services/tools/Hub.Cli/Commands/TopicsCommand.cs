using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Topics;

namespace Hub.Cli.Commands;

public static class TopicsCommand
{
    public static readonly Option<string?> TopicsFile = new("--topics-file") { Description = "The declared topics (default: the dev stack's, else contracts/topics.yaml above the current directory)" };

    public static Command Create()
    {
        var command = new Command("topics", "Declared topics (contracts/topics.yaml) against the cluster");
        command.Subcommands.Add(TopicsListCommand.Create());
        command.Subcommands.Add(TopicsApplyCommand.Create());
        return command;
    }

    public static TopicCatalog LoadCatalog(CliContext context)
    {
        var path = context.Parse.GetValue(TopicsFile) ?? context.Settings.TopicsFile
            ?? TopicCatalog.FindFile(Directory.GetCurrentDirectory())
            ?? throw CliException.BadInput($"No topics file: pass --topics-file, or run from inside the repository ({TopicCatalog.DefaultRelativePath}).");
        try
        {
            return TopicCatalog.Load(path);
        }
        catch (TopicCatalogException ex)
        {
            throw CliException.BadInput(ex.Message);
        }
    }

    /// <summary>Declared topics with what the cluster has: missing, ok, or a different partition count.</summary>
    public static List<TopicState> Compare(CliContext context, TopicCatalog catalog) => catalog.Topics.Select(t =>
    {
        var actual = context.Kafka.TopicExists(t.Name) ? context.Kafka.Partitions(t.Name).Count : (int?)null;
        var state = actual is null ? "missing" : actual == t.Partitions ? "ok" : actual > t.Partitions ? "more partitions than declared" : "fewer partitions than declared";
        return new TopicState(t.Name, t.Partitions, actual, t.ReplicationFactor, t.CleanupPolicy, t.RetentionMs, state);
    }).ToList();

    public sealed record TopicState(string Name, int DeclaredPartitions, int? ActualPartitions, short ReplicationFactor, string CleanupPolicy, long? RetentionMs, string State);
}
