namespace Hub.Secrets;

/// <summary>No secret of that name; the message names the secret and its source, never a value.</summary>
public sealed class SecretNotFoundException : Exception
{
    public SecretNotFoundException()
    {
    }

    public SecretNotFoundException(string message)
        : base(message)
    {
    }

    public SecretNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
