using System.Buffers.Binary;
using System.Text;

namespace Hub.Messaging.Kafka.GroupProtocols;

/// <summary>
/// ApiVersions v0 (API key 18) on the wire. Version 0 because every broker since Kafka 0.10 answers it and Kafka 4.0
/// kept it (KIP-896), and because its response has no tagged fields, so a few lines decode it.
/// </summary>
internal static class ApiVersionsCodec
{
    public const short ApiKey = 18;

    /// <summary>Size-prefixed request: int16 api_key, int16 api_version, int32 correlation_id, nullable string client_id.</summary>
    public static byte[] EncodeRequest(int correlationId, string clientId)
    {
        var client = Encoding.UTF8.GetBytes(clientId);
        var body = 2 + 2 + 4 + 2 + client.Length;
        var buffer = new byte[4 + body];
        BinaryPrimitives.WriteInt32BigEndian(buffer, body);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(4), ApiKey);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(6), 0);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(8), correlationId);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(12), checked((short)client.Length));
        client.CopyTo(buffer.AsSpan(14));
        return buffer;
    }

    /// <summary>The response without its size prefix: int32 correlation_id, int16 error_code, [int16 key, int16 min, int16 max].</summary>
    /// <exception cref="InvalidDataException">Wrong correlation id, an error code, or a truncated answer.</exception>
    public static IReadOnlyList<ApiVersionRange> DecodeResponse(ReadOnlySpan<byte> response, int correlationId)
    {
        if (response.Length < 10)
        {
            throw new InvalidDataException($"ApiVersions answer of {response.Length} bytes is too short");
        }

        var correlation = BinaryPrimitives.ReadInt32BigEndian(response);
        if (correlation != correlationId)
        {
            throw new InvalidDataException($"ApiVersions answer has correlation id {correlation}, expected {correlationId}");
        }

        var error = BinaryPrimitives.ReadInt16BigEndian(response[4..]);
        if (error != 0)
        {
            throw new InvalidDataException($"ApiVersions answered error code {error}");
        }

        var count = BinaryPrimitives.ReadInt32BigEndian(response[6..]);
        if (count < 0 || response.Length < 10 + (count * 6L))
        {
            throw new InvalidDataException($"ApiVersions answer announces {count} entries but holds {response.Length} bytes");
        }

        var ranges = new ApiVersionRange[count];
        for (var i = 0; i < count; i++)
        {
            var entry = response.Slice(10 + (i * 6), 6);
            ranges[i] = new ApiVersionRange(
                BinaryPrimitives.ReadInt16BigEndian(entry),
                BinaryPrimitives.ReadInt16BigEndian(entry[2..]),
                BinaryPrimitives.ReadInt16BigEndian(entry[4..]));
        }

        return ranges;
    }
}
