using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using Avro;

namespace Hub.Serialization.Avro;

/// <summary>
/// Avro binary decoding straight from the message bytes (no stream, no copy per string), with every length and block
/// count checked against the bytes left before acting on it: a corrupt length prefix fails fast as truncated data
/// instead of allocating gigabytes or skipping past the end. Values decode exactly as Apache.Avro's BinaryDecoder
/// decodes them. Items are at least one byte in every schema the platform uses.
/// </summary>
internal sealed class BoundedBinaryDecoder : global::Avro.IO.Decoder
{
    private readonly byte[] _data;
    private readonly int _end;
    private int _position;

    public BoundedBinaryDecoder(ReadOnlyMemory<byte> body)
    {
        var segment = MemoryMarshal.TryGetArray(body, out var array) ? array : new ArraySegment<byte>(body.ToArray());
        _data = segment.Array!;
        _position = segment.Offset;
        _end = segment.Offset + segment.Count;
    }

    public bool AtEnd => _position >= _end;

    public void ReadNull()
    {
    }

    public bool ReadBoolean()
    {
        var b = ReadByte();
        return b switch
        {
            0 => false,
            1 => true,
            _ => throw new AvroException($"Not a boolean value in the stream: {b}"),
        };
    }

    public int ReadInt() => (int)ReadLong();

    /// <summary>Zig-zag varint, as BinaryDecoder reads it.</summary>
    public long ReadLong()
    {
        var b = ReadByte();
        var n = b & 0x7FUL;
        var shift = 7;
        while ((b & 0x80) != 0)
        {
            b = ReadByte();
            n |= (b & 0x7FUL) << shift;
            shift += 7;
        }

        var value = (long)n;
        return -(value & 1L) ^ ((value >> 1) & long.MaxValue);
    }

    public float ReadFloat() => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(float))));

    public double ReadDouble() => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(double))));

    public byte[] ReadBytes() => Take(ReadLength()).ToArray();

    public string ReadString() => Encoding.UTF8.GetString(Take(ReadLength()));

    public int ReadEnum() => ReadInt();

    public long ReadArrayStart() => ReadItemCount();

    public long ReadArrayNext() => ReadItemCount();

    public long ReadMapStart() => ReadItemCount();

    public long ReadMapNext() => ReadItemCount();

    public int ReadUnionIndex() => ReadInt();

    public void ReadFixed(byte[] buffer) => ReadFixed(buffer, 0, buffer.Length);

    public void ReadFixed(byte[] buffer, int start, int length) => Take(length).CopyTo(buffer.AsSpan(start, length));

    public void SkipNull()
    {
    }

    public void SkipBoolean() => ReadBoolean();

    public void SkipInt() => ReadLong();

    public void SkipLong() => ReadLong();

    public void SkipFloat() => Take(sizeof(float));

    public void SkipDouble() => Take(sizeof(double));

    public void SkipBytes() => SkipFixed(checked((int)ReadLong()));

    public void SkipString() => SkipBytes();

    public void SkipEnum() => ReadLong();

    public void SkipUnionIndex() => ReadLong();

    public void SkipFixed(int len) => Take(len);

    private byte ReadByte()
    {
        if (_position >= _end)
        {
            ThrowEndOfData();
        }

        return _data[_position++];
    }

    private int ReadLength()
    {
        var length = ReadLong();
        Require(length);
        return (int)length;
    }

    /// <summary>A negative count is followed by the block's size in bytes, which is not needed here.</summary>
    private long ReadItemCount()
    {
        var count = ReadLong();
        if (count < 0)
        {
            ReadLong();
            count = -count;
        }

        Require(count);
        return count;
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        Require(length);
        var taken = new ReadOnlySpan<byte>(_data, _position, length);
        _position += length;
        return taken;
    }

    // The checks run for every string and block, so they stay small enough to inline; the throws live apart.
    private void Require(long length)
    {
        if ((ulong)length > (ulong)(_end - _position))
        {
            ThrowBadLength(length);
        }
    }

    [DoesNotReturn]
    private static void ThrowEndOfData() => throw new TruncatedAvroDataException("Avro data ends in the middle of a value.");

    [DoesNotReturn]
    private void ThrowBadLength(long length) => throw (length < 0
        ? new AvroException($"Negative length {length} in Avro data.")
        : new TruncatedAvroDataException($"Avro data announces {length} more bytes or items, but only {_end - _position} bytes are left."));
}
