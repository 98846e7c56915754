using System.Text.Json;
using Hub.Cli.Infrastructure;
using Hub.Identity;

namespace Hub.Cli.Revert;

/// <summary>Reads the write journal (hub.writes) from its oldest kept entry; the window is chosen by the planner.</summary>
public static class JournalReader
{
    public const string Topic = WriteJournalJsonSerializer.Topic;

    /// <returns>The entries, and how many messages were not journal entries (skipped, reported as a warning).</returns>
    public static (List<WriteJournalEntry> Entries, int Unreadable) Read(CliContext context, CancellationToken cancellationToken)
    {
        if (!context.Kafka.TopicExists(Topic))
        {
            throw CliException.Failed($"The write journal {Topic} does not exist on {context.Kafka.Bootstrap}: no connector has journaled a write there. Create it with 'hub topics apply --yes --reason ...'.");
        }

        var ranges = context.Kafka.Partitions(Topic).Select(p =>
        {
            var marks = context.Kafka.Watermarks(Topic, p);
            return new OffsetRange(Topic, p, marks.Low.Value, marks.High.Value);
        }).ToList();
        var entries = new List<WriteJournalEntry>();
        var unreadable = 0;
        foreach (var message in context.Kafka.Read(ranges, null, cancellationToken))
        {
            try
            {
                if (message.Message.Value is { } value && JsonSerializer.Deserialize<WriteJournalEntry>(value, WriteJournalJsonSerializer.Options) is { } entry)
                {
                    entries.Add(entry);
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            unreadable++;
        }

        return (entries, unreadable);
    }
}
