namespace Hub.Messaging.Errors;

/// <summary>
/// Retrying cannot help (invalid data, a rule the target rejects, undecodable bytes): the pipeline sends the event
/// to the dead-letter topic at once. <see cref="ReasonCode"/> is a short stable token for filtering DLQs.
/// </summary>
public class PermanentEventException : Exception
{
    public PermanentEventException(string reasonCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        ReasonCode = reasonCode;
    }

    public string ReasonCode { get; }
}
