namespace Hub.Messaging;

/// <summary>An event could not be delivered to the broker; nothing was written.</summary>
public sealed class PublishException : Exception
{
    public PublishException(string topic, string reason, Exception? inner = null)
        : base($"Publishing to '{topic}' failed: {reason}", inner)
    {
        Topic = topic;
    }

    public string Topic { get; }
}
