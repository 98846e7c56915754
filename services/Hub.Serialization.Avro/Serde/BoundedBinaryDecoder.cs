using System.Buffers;
using System.Text;
using Avro;

namespace Hub.Serialization.Avro;

/// <summary>
/// Wraps Apache.Avro's BinaryDecoder and checks every length and block count against the bytes left before acting
/// on it, so a corrupt length prefix fails fast as truncated data instead of allocating gigabytes or skipping past
/// the end (which MemoryStream allows silently). Items are at least one byte in every schema the platform uses.
/// </summary>
internal sealed class BoundedBinaryDecoder(MemoryStream stream) : global::Avro.IO.Decoder
{
    private const int MaxStackString = 256;

    private readonly global::Avro.IO.BinaryDecoder _inner = new(stream);

    public bool AtEnd => stream.Position >= stream.Length;

    public void ReadNull() => _inner.ReadNull();

    public bool ReadBoolean() => _inner.ReadBoolean();

    public int ReadInt() => _inner.ReadInt();

    public long ReadLong() => _inner.ReadLong();

    public float ReadFloat() => _inner.ReadFloat();

    public double ReadDouble() => _inner.ReadDouble();

    public byte[] ReadBytes() => ReadChecked();

    /// <summary>Decodes straight from the stream (BinaryDecoder does not buffer), without a byte[] per string.</summary>
    public string ReadString()
    {
        var length = _inner.ReadLong();
        Require(length);
        var count = (int)length;
        if (count <= MaxStackString)
        {
            Span<byte> small = stackalloc byte[count];
            stream.ReadExactly(small);
            return Encoding.UTF8.GetString(small);
        }

        var rented = ArrayPool<byte>.Shared.Rent(count);
        try
        {
            stream.ReadExactly(rented, 0, count);
            return Encoding.UTF8.GetString(rented, 0, count);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public int ReadEnum() => _inner.ReadEnum();

    public long ReadArrayStart() => RequireCount(_inner.ReadArrayStart());

    public long ReadArrayNext() => RequireCount(_inner.ReadArrayNext());

    public long ReadMapStart() => RequireCount(_inner.ReadMapStart());

    public long ReadMapNext() => RequireCount(_inner.ReadMapNext());

    public int ReadUnionIndex() => _inner.ReadUnionIndex();

    public void ReadFixed(byte[] buffer) => ReadFixed(buffer, 0, buffer.Length);

    public void ReadFixed(byte[] buffer, int start, int length)
    {
        Require(length);
        _inner.ReadFixed(buffer, start, length);
    }

    public void SkipNull() => _inner.SkipNull();

    public void SkipBoolean() => _inner.SkipBoolean();

    public void SkipInt() => _inner.SkipInt();

    public void SkipLong() => _inner.SkipLong();

    public void SkipFloat() => _inner.SkipFloat();

    public void SkipDouble() => _inner.SkipDouble();

    public void SkipBytes() => SkipFixed(checked((int)_inner.ReadLong()));

    public void SkipString() => SkipBytes();

    public void SkipEnum() => _inner.SkipEnum();

    public void SkipUnionIndex() => _inner.SkipUnionIndex();

    public void SkipFixed(int len)
    {
        Require(len);
        _inner.SkipFixed(len);
    }

    private byte[] ReadChecked()
    {
        var length = _inner.ReadLong();
        Require(length);
        var buffer = new byte[length];
        _inner.ReadFixed(buffer, 0, buffer.Length);
        return buffer;
    }

    private long RequireCount(long count)
    {
        Require(count);
        return count;
    }

    private void Require(long length)
    {
        if (length < 0)
        {
            throw new AvroException($"Negative length {length} in Avro data.");
        }

        if (length > stream.Length - stream.Position)
        {
            throw new TruncatedAvroDataException($"Avro data announces {length} more bytes or items, but only {stream.Length - stream.Position} bytes are left.");
        }
    }
}
