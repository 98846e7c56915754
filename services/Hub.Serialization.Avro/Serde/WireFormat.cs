using System.Buffers.Binary;

namespace Hub.Serialization.Avro;

/// <summary>Confluent's framing: magic byte 0, the schema id as a 4-byte big-endian int, then the Avro binary body.</summary>
internal static class WireFormat
{
    public const byte MagicByte = 0;
    public const int HeaderSize = 5;

    public static int ReadSchemaId(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new TruncatedPayloadException("The value is empty; a Confluent Avro value has at least 5 bytes.");
        }

        if (data[0] != MagicByte)
        {
            throw new UnknownMagicByteException($"The value starts with 0x{data[0]:x2}, not the Confluent magic byte 0x00.");
        }

        if (data.Length < HeaderSize)
        {
            throw new TruncatedPayloadException($"The value has {data.Length} bytes, fewer than the 5-byte Confluent header.");
        }

        return BinaryPrimitives.ReadInt32BigEndian(data[1..HeaderSize]);
    }

    public static void WriteHeader(Stream stream, int schemaId)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        header[0] = MagicByte;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], schemaId);
        stream.Write(header);
    }
}
