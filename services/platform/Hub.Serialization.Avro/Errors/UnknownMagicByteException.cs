using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>The first byte is not the Confluent magic byte 0: the value was not written by a Confluent-format serializer.</summary>
public sealed class UnknownMagicByteException : EventDecodeException
{
    public UnknownMagicByteException(string message, Exception? inner = null)
        : base(AvroDecodeReasons.UnknownMagicByte, message, inner)
    {
    }
}
