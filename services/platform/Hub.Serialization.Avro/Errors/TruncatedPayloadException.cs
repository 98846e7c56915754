using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>The value ends before its header or its Avro body does.</summary>
public sealed class TruncatedPayloadException : EventDecodeException
{
    public TruncatedPayloadException(string message, Exception? inner = null)
        : base(AvroDecodeReasons.TruncatedPayload, message, inner)
    {
    }
}
