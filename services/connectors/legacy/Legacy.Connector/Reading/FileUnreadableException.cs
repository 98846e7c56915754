namespace Legacy.Connector.Reading;

/// <summary>The file as a whole cannot be read (wrong encoding, no header, a layout that does not fit): it goes to the error folder.</summary>
public sealed class FileUnreadableException : Exception
{
    public FileUnreadableException(string message)
        : base(message)
    {
    }

    public FileUnreadableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
