namespace Hub.Messaging.Errors;

/// <summary>
/// Something the pipeline itself needs (Redis, the schema registry) cannot be reached. Unlike a handler failure
/// this is never dead-lettered: the consumer pauses and retries the step until the dependency is back.
/// </summary>
public class DependencyUnavailableException : Exception
{
    public DependencyUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
