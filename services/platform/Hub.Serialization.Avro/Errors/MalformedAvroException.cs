using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>The Avro body does not decode under its writer schema.</summary>
public sealed class MalformedAvroException : EventDecodeException
{
    public MalformedAvroException(string message, Exception? inner = null)
        : base(AvroDecodeReasons.MalformedAvro, message, inner)
    {
    }
}
