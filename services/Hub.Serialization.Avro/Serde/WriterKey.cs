using System.Runtime.CompilerServices;
using Avro;

namespace Hub.Serialization.Avro;

/// <summary>What a serializer resolves a schema id and writer for: topic, key or value, and the schema.</summary>
internal readonly record struct WriterKey(string Topic, bool IsKey, Schema Schema)
{
    // The schema by reference: Apache.Avro's Schema.GetHashCode walks the whole schema tree, which cost more than
    // the encoding itself (docs/benchmarks.md, serde).
    public bool Equals(WriterKey other) =>
        ReferenceEquals(Schema, other.Schema) && IsKey == other.IsKey && string.Equals(Topic, other.Topic, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Topic, IsKey, RuntimeHelpers.GetHashCode(Schema));
}
