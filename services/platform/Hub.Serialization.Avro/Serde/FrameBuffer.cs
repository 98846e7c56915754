using Avro.IO;

namespace Hub.Serialization.Avro;

/// <summary>
/// The output stream and encoder a thread reuses for its frames, so a call allocates only the returned array.
/// <see cref="Rent"/> takes it off the thread until <see cref="Dispose"/>: a nested call on the same thread gets a
/// fresh one, and serializers used from several threads never share one.
/// </summary>
internal sealed class FrameBuffer : IDisposable
{
    /// <summary>A buffer that grew beyond this for one large value is dropped rather than kept per thread.</summary>
    private const int MaxRetainedCapacity = 64 * 1024;

    [ThreadStatic]
    private static FrameBuffer? t_idle;

    private FrameBuffer()
    {
        Encoder = new BinaryEncoder(Stream);
    }

    public MemoryStream Stream { get; } = new();

    public BinaryEncoder Encoder { get; }

    public static FrameBuffer Rent()
    {
        var buffer = t_idle ?? new FrameBuffer();
        t_idle = null;
        buffer.Stream.SetLength(0);
        return buffer;
    }

    public void Dispose()
    {
        if (Stream.Capacity <= MaxRetainedCapacity)
        {
            t_idle = this;
        }
    }
}
