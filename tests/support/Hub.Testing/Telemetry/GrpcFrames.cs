using System.Buffers.Binary;
using Microsoft.AspNetCore.Http;

namespace Hub.Testing;

/// <summary>
/// Just enough of gRPC over HTTP/2 for the stand-ins (OTLP receiver, Dapr sidecar): the 5-byte message frame and
/// the grpc-status trailer. A full gRPC server would be more code than what is being tested.
/// </summary>
public static class GrpcFrames
{
    public const string ContentType = "application/grpc";

    public static async Task<byte[]> ReadMessageAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length < 5)
        {
            return [];
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1, 4));
        return bytes.AsSpan(5, Math.Min(length, bytes.Length - 5)).ToArray();
    }

    public static async Task WriteMessageAsync(HttpResponse response, byte[] message)
    {
        response.ContentType = ContentType;
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), message.Length);
        message.CopyTo(frame, 5);
        await response.Body.WriteAsync(frame);
        response.AppendTrailer("grpc-status", "0");
    }
}
