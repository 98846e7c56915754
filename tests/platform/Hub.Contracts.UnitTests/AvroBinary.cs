using Avro;
using Avro.Generic;
using Avro.IO;
using Avro.Specific;

namespace Hub.Contracts.UnitTests;

/// <summary>Plain Apache.Avro binary encoding (no Confluent header), as the contracts are tested on their own.</summary>
public static class AvroBinary
{
    public static byte[] WriteSpecific<T>(T value)
        where T : ISpecificRecord
    {
        using var stream = new MemoryStream();
        new SpecificDatumWriter<T>(value.Schema).Write(value, new BinaryEncoder(stream));
        return stream.ToArray();
    }

    public static T ReadSpecific<T>(byte[] data, Schema writerSchema, Schema readerSchema)
    {
        using var stream = new MemoryStream(data);
        return new SpecificDatumReader<T>(writerSchema, readerSchema).Read(default!, new BinaryDecoder(stream));
    }

    public static GenericRecord ReadGeneric(byte[] data, Schema writerSchema, Schema readerSchema)
    {
        using var stream = new MemoryStream(data);
        return new GenericDatumReader<GenericRecord>(writerSchema, readerSchema).Read(null!, new BinaryDecoder(stream));
    }

    public static byte[] WriteGeneric(GenericRecord record)
    {
        using var stream = new MemoryStream();
        new GenericDatumWriter<GenericRecord>(record.Schema).Write(record, new BinaryEncoder(stream));
        return stream.ToArray();
    }
}
