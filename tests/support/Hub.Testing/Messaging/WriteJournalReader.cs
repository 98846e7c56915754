using System.Text.Json;
using Hub.Identity;

namespace Hub.Testing.Messaging;

/// <summary>The write journal (hub.writes) as a test reads it: one system's entries for one canonical id, oldest first.</summary>
public static class WriteJournalReader
{
    public static List<WriteJournalEntry> Read(StackFixture stack, string system, string canonicalId) =>
        TopicReader.ReadToEnd(stack, WriteJournalJsonSerializer.Topic)
            .Select(r => JsonSerializer.Deserialize<WriteJournalEntry>(r.Message.Value!, WriteJournalJsonSerializer.Options)!)
            .Where(e => e.CanonicalId == canonicalId && e.System == system)
            .OrderBy(e => e.WrittenAt)
            .ToList();
}
