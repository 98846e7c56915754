using Hub.Messaging.Errors;

namespace Hub.Serialization.Avro;

/// <summary>
/// The registry could not be asked (unreachable, 5xx, timeout). Transient: the consumer's decoder turns it into a
/// <see cref="DependencyUnavailableException"/> and pauses instead of dead-lettering; a producer's handler retries.
/// </summary>
public sealed class SchemaRegistryUnavailableException : TransientEventException
{
    public SchemaRegistryUnavailableException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
