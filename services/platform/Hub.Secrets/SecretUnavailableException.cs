namespace Hub.Secrets;

/// <summary>
/// The secret source failed. The message is built from the secret's name and the failure's type and redacted text;
/// the original exception is not kept as InnerException, because a logger would print its message and stack unredacted.
/// </summary>
public sealed class SecretUnavailableException : Exception
{
    public SecretUnavailableException()
    {
    }

    public SecretUnavailableException(string message)
        : base(message)
    {
    }

    public SecretUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
