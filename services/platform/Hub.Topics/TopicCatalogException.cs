namespace Hub.Topics;

/// <summary>The topics file could not be read or declares something Kafka would refuse.</summary>
public sealed class TopicCatalogException : Exception
{
    public TopicCatalogException()
        : this("The topic catalog is invalid.", [])
    {
    }

    public TopicCatalogException(string message)
        : this(message, [message])
    {
    }

    public TopicCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    public TopicCatalogException(string message, IReadOnlyList<string> errors)
        : base(message)
    {
        Errors = errors;
    }

    /// <summary>Every problem found, one line each, so a single run reports them all.</summary>
    public IReadOnlyList<string> Errors { get; }
}
