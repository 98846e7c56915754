namespace Hub.DevStack;

/// <summary>redis-server exited or did not answer PING in time.</summary>
public sealed class RedisStartException : Exception
{
    public RedisStartException()
    {
    }

    public RedisStartException(string message)
        : base(message)
    {
    }

    public RedisStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
