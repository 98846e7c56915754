using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>The registry does not know the schema id in the header (deleted, or written against another registry).</summary>
public sealed class UnknownSchemaIdException : EventDecodeException
{
    public UnknownSchemaIdException(string message, Exception? inner = null)
        : base(AvroDecodeReasons.UnknownSchemaId, message, inner)
    {
    }
}
