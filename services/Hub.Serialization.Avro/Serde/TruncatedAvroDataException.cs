using Avro;

namespace Hub.Serialization.Avro;

/// <summary>Raised inside decoding; mapped to <see cref="TruncatedPayloadException"/> at the edge.</summary>
internal sealed class TruncatedAvroDataException(string message) : AvroException(message);
