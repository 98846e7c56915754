namespace Hub.Topics;

/// <summary>
/// One consumer group as <c>contracts/topics.yaml</c> declares it under <c>groups:</c>: the topics it reads, and the
/// retry and dead-letter topics derived from its id (created with the settings of <c>group_topics:</c>).
/// </summary>
public sealed record ConsumerGroupDeclaration
{
    /// <summary>Suffix of a group's retry topic; the consumer's retry worker reads <c>{group}.retry</c> too.</summary>
    public const string RetrySuffix = ".retry";

    /// <summary>Suffix of a group's dead-letter topic.</summary>
    public const string DeadLetterSuffix = ".dlq";

    /// <summary>The group id, <c>&lt;connector&gt;.&lt;subscription&gt;</c> for a connector's subscription.</summary>
    public required string Id { get; init; }

    /// <summary>The declared topics the group reads (not its retry topic).</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    public string Description { get; init; } = "";

    public string RetryTopic => Id + RetrySuffix;

    public string DeadLetterTopic => Id + DeadLetterSuffix;
}
