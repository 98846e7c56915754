namespace Hub.Topics;

/// <summary>The settings (defaults already applied) that every group's retry and dead-letter topic are made with.</summary>
internal sealed record GroupTopicTemplates(TopicEntryModel Retry, TopicEntryModel DeadLetter)
{
    /// <summary>The file's <c>group_topics:</c> (each of retry and dlq may be absent) over its <c>defaults:</c>.</summary>
    public static GroupTopicTemplates Over(TopicEntryModel defaults, GroupTopicsModel? groupTopics) => new(
        TopicCatalogBuilder.ApplyDefaults(groupTopics?.Retry ?? new TopicEntryModel(), defaults),
        TopicCatalogBuilder.ApplyDefaults(groupTopics?.Dlq ?? new TopicEntryModel(), defaults));

    public IEnumerable<TopicEntryModel> Derive(ConsumerGroupDeclaration group)
    {
        var about = string.IsNullOrEmpty(group.Description) ? "" : " " + group.Description;
        yield return Named(Retry, group.RetryTopic, $"Retry topic of {group.Id}.{about}");
        yield return Named(DeadLetter, group.DeadLetterTopic, $"Dead letters of {group.Id}.");
    }

    // The name and description come from the group; a template's own name or event would be ignored anyway.
    private static TopicEntryModel Named(TopicEntryModel template, string name, string description) => new()
    {
        Name = name,
        Partitions = template.Partitions,
        ReplicationFactor = template.ReplicationFactor,
        RetentionMs = template.RetentionMs,
        CleanupPolicy = template.CleanupPolicy,
        Description = description,
        Config = new Dictionary<string, string>(template.Config ?? [], StringComparer.Ordinal),
    };
}
