namespace Hub.Topics;

// Mutable shapes for YamlDotNet only; everything leaves through TopicDeclaration and ConsumerGroupDeclaration.
// Nullable fields tell "not written" apart from a written value, which is what lets defaults fill the gaps.
internal sealed class TopicFileModel
{
    public TopicEntryModel? Defaults { get; set; }

    public GroupTopicsModel? GroupTopics { get; set; }

    public List<TopicEntryModel?>? Topics { get; set; }

    public List<GroupEntryModel?>? Groups { get; set; }
}

internal sealed class TopicEntryModel
{
    public string? Name { get; set; }

    public string? Event { get; set; }

    public int? Partitions { get; set; }

    public int? ReplicationFactor { get; set; }

    public long? RetentionMs { get; set; }

    public string? CleanupPolicy { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, string>? Config { get; set; }
}

/// <summary>The settings of the topics derived from every group, each over the file's defaults.</summary>
internal sealed class GroupTopicsModel
{
    public TopicEntryModel? Retry { get; set; }

    public TopicEntryModel? Dlq { get; set; }
}

internal sealed class GroupEntryModel
{
    public string? Id { get; set; }

    public List<string?>? Topics { get; set; }

    public string? Description { get; set; }
}
