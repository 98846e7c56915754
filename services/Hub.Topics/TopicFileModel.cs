namespace Hub.Topics;

// Mutable shapes for YamlDotNet only; everything leaves through TopicDeclaration. Nullable fields tell
// "not written" apart from a written value, which is what lets defaults fill the gaps.
internal sealed class TopicFileModel
{
    public TopicEntryModel? Defaults { get; set; }

    public List<TopicEntryModel?>? Topics { get; set; }
}

internal sealed class TopicEntryModel
{
    public string? Name { get; set; }

    public int? Partitions { get; set; }

    public int? ReplicationFactor { get; set; }

    public long? RetentionMs { get; set; }

    public string? CleanupPolicy { get; set; }

    public string? Description { get; set; }

    public Dictionary<string, string>? Config { get; set; }
}
