using Hub.Cli.Infrastructure;
using Hub.Identity;

namespace Hub.Cli.Revert;

/// <summary>Reads the write journal (hub.writes) from its oldest kept entry; the window is chosen by the planner.</summary>
public static class JournalReader
{
    public const string Topic = WriteJournalJsonSerializer.Topic;

    /// <returns>The entries, and how many messages were not journal entries (skipped, reported as a warning).</returns>
    public static (List<WriteJournalEntry> Entries, int Unreadable) Read(CliContext context, CancellationToken cancellationToken) =>
        JsonTopicReader.Read<WriteJournalEntry>(
            context, Topic, WriteJournalJsonSerializer.Options,
            "no connector has journaled a write there. Create it with 'hub topics apply --yes --reason ...'.", cancellationToken);
}
