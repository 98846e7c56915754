using System.Collections.Concurrent;
using Avro;
using Avro.Generic;
using Avro.IO;

namespace Hub.Serialization.Avro;

/// <summary>Writes framed values, and projects a value onto another writer schema by Avro's resolution rules.</summary>
internal static class AvroEncoding
{
    private static readonly ConcurrentDictionary<(string From, string To), (DatumReader<GenericRecord> Reader, GenericDatumWriter<GenericRecord> Writer)> Projections = new();

    /// <summary>Header and body go into one reused buffer; the returned array is the only copy.</summary>
    public static byte[] Frame<T>(int schemaId, DatumWriter<T> writer, T value)
    {
        using var buffer = FrameBuffer.Rent();
        WireFormat.WriteHeader(buffer.Stream, schemaId);
        writer.Write(value, buffer.Encoder);
        return buffer.Stream.ToArray();
    }

    /// <summary>
    /// Used by use-latest-version when the registered schema differs from the compiled one: the value is encoded
    /// with its own schema, read back as the registered schema (defaults fill new fields), and written with it.
    /// </summary>
    public static byte[] FrameProjected<T>(int schemaId, DatumWriter<T> writer, T value, Schema to)
    {
        var from = writer.Schema;
        var projection = Projections.GetOrAdd((from.ToString(), to.ToString()), _ =>
            (new GenericDatumReader<GenericRecord>(from, to), new GenericDatumWriter<GenericRecord>(to)));
        using var own = new MemoryStream();
        writer.Write(value, new BinaryEncoder(own));
        own.Position = 0;
        var record = projection.Reader.Read(null!, new BinaryDecoder(own));
        return Frame(schemaId, projection.Writer, record);
    }
}
