using Hub.Messaging.Errors;

namespace Hub.Messaging.Serialization;

/// <summary>A message value could not be decoded. Permanent: retrying the same bytes cannot succeed.</summary>
public class EventDecodeException : PermanentEventException
{
    public EventDecodeException(string reasonCode, string message, Exception? inner = null)
        : base(reasonCode, message, inner)
    {
    }
}
