using Hub.Messaging.Errors;

namespace Hub.Messaging.Processing;

/// <summary>The processing store (Redis) could not be reached. The consumer pauses and retries; it never skips the write.</summary>
public sealed class ProcessingStoreUnavailableException : DependencyUnavailableException
{
    public ProcessingStoreUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
