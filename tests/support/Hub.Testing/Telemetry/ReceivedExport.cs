using System.Text;

namespace Hub.Testing;

/// <summary>One export request as the stand-in collector saw it; the body is the serialized ExportTraceServiceRequest.</summary>
public sealed record ReceivedExport(string Transport, string Path, string ContentType, byte[] Body)
{
    /// <summary>Protobuf stores strings as raw UTF-8, so span and service names can be found without a decoder.</summary>
    public bool Mentions(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Body.AsSpan().IndexOf(needle) >= 0;
    }

    public IReadOnlyList<ExportedSpan> Spans() => OtlpTraceDecoder.Decode(Body);
}
