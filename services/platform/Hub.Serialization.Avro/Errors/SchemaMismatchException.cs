using Hub.Messaging.Serialization;

namespace Hub.Serialization.Avro;

/// <summary>The writer schema cannot be resolved to the reader type under Avro's resolution rules.</summary>
public sealed class SchemaMismatchException : EventDecodeException
{
    public SchemaMismatchException(string message, Exception? inner = null)
        : base(AvroDecodeReasons.SchemaMismatch, message, inner)
    {
    }
}
