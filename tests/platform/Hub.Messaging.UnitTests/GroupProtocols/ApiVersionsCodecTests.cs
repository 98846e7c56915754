using System.Buffers.Binary;
using Hub.Messaging.Kafka.GroupProtocols;

namespace Hub.Messaging.UnitTests.GroupProtocols;

public sealed class ApiVersionsCodecTests
{
    [Fact]
    public void EncodeRequest_ClientId_SizePrefixedV0Header()
    {
        var request = ApiVersionsCodec.EncodeRequest(42, "probe");

        BinaryPrimitives.ReadInt32BigEndian(request).Should().Be(request.Length - 4);
        BinaryPrimitives.ReadInt16BigEndian(request.AsSpan(4)).Should().Be(18);
        BinaryPrimitives.ReadInt16BigEndian(request.AsSpan(6)).Should().Be(0);
        BinaryPrimitives.ReadInt32BigEndian(request.AsSpan(8)).Should().Be(42);
        BinaryPrimitives.ReadInt16BigEndian(request.AsSpan(12)).Should().Be(5);
        request.AsSpan(14).ToArray().Should().Equal("probe"u8.ToArray());
    }

    [Fact]
    public void DecodeResponse_TwoEntries_Ranges()
    {
        var ranges = ApiVersionsCodec.DecodeResponse(Response(7, 0, (18, 0, 3), (68, 0, 1)), 7);

        ranges.Should().Equal(new ApiVersionRange(18, 0, 3), new ApiVersionRange(68, 0, 1));
    }

    [Fact]
    public void DecodeResponse_OtherCorrelationId_Throws()
    {
        var act = () => ApiVersionsCodec.DecodeResponse(Response(8, 0), 7);

        act.Should().Throw<InvalidDataException>().WithMessage("*correlation*");
    }

    [Fact]
    public void DecodeResponse_ErrorCode_Throws()
    {
        var act = () => ApiVersionsCodec.DecodeResponse(Response(7, 35), 7);

        act.Should().Throw<InvalidDataException>().WithMessage("*35*");
    }

    [Fact]
    public void DecodeResponse_Truncated_Throws()
    {
        var response = Response(7, 0, (18, 0, 3));

        var act = () => ApiVersionsCodec.DecodeResponse(response.AsSpan(0, response.Length - 2), 7);

        act.Should().Throw<InvalidDataException>();
    }

    private static byte[] Response(int correlationId, short error, params (short Key, short Min, short Max)[] entries)
    {
        var buffer = new byte[10 + (entries.Length * 6)];
        BinaryPrimitives.WriteInt32BigEndian(buffer, correlationId);
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(4), error);
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(6), entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(10 + (i * 6)), entries[i].Key);
            BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(12 + (i * 6)), entries[i].Min);
            BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(14 + (i * 6)), entries[i].Max);
        }

        return buffer;
    }
}
