using System.Text;

namespace Hub.Testing;

/// <summary>
/// Reads the spans out of a serialized OTLP ExportTraceServiceRequest with a minimal protobuf walker, so tests can
/// check trace ids and parent/child links across processes without generated OTLP classes. Field numbers from
/// opentelemetry/proto: request.resource_spans=1; ResourceSpans.resource=1, scope_spans=2; Resource.attributes=1;
/// KeyValue.key=1, value=2; AnyValue.string_value=1; ScopeSpans.spans=2; Span.trace_id=1, span_id=2,
/// parent_span_id=4, name=5, kind=6.
/// </summary>
public static class OtlpTraceDecoder
{
    public static IReadOnlyList<ExportedSpan> Decode(byte[] request)
    {
        var spans = new List<ExportedSpan>();
        foreach (var resourceSpans in Fields(request).Where(f => f.Number == 1).Select(f => f.Bytes))
        {
            var service = "";
            foreach (var (number, bytes, _) in Fields(resourceSpans))
            {
                if (number == 1)
                {
                    service = ServiceName(bytes) ?? service;
                }
            }

            foreach (var scopeSpans in Fields(resourceSpans).Where(f => f.Number == 2).Select(f => f.Bytes))
            {
                foreach (var span in Fields(scopeSpans).Where(f => f.Number == 2).Select(f => f.Bytes))
                {
                    spans.Add(Span(service, span));
                }
            }
        }

        return spans;
    }

    private static ExportedSpan Span(string service, byte[] span)
    {
        var (traceId, spanId, parent, name, kind) = ("", "", "", "", 0);
        foreach (var (number, bytes, varint) in Fields(span))
        {
            switch (number)
            {
                case 1: traceId = Convert.ToHexStringLower(bytes); break;
                case 2: spanId = Convert.ToHexStringLower(bytes); break;
                case 4: parent = Convert.ToHexStringLower(bytes); break;
                case 5: name = Encoding.UTF8.GetString(bytes); break;
                case 6: kind = (int)varint; break;
            }
        }

        return new ExportedSpan(service, traceId, spanId, parent, name, kind);
    }

    private static string? ServiceName(byte[] resource)
    {
        foreach (var attribute in Fields(resource).Where(f => f.Number == 1).Select(f => f.Bytes))
        {
            var fields = Fields(attribute).ToList();
            var key = fields.FirstOrDefault(f => f.Number == 1).Bytes;
            var value = fields.FirstOrDefault(f => f.Number == 2).Bytes;
            if (key is not null && value is not null && Encoding.UTF8.GetString(key) == "service.name")
            {
                return Fields(value).Where(f => f.Number == 1).Select(f => Encoding.UTF8.GetString(f.Bytes)).FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>The top-level fields of one message: length-delimited ones with their bytes, varints with their value.</summary>
    private static IEnumerable<(int Number, byte[] Bytes, ulong Varint)> Fields(byte[] message)
    {
        var position = 0;
        while (position < message.Length)
        {
            var tag = ReadVarint(message, ref position);
            var number = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case 0:
                    yield return (number, [], ReadVarint(message, ref position));
                    break;
                case 1:
                    position += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref position);
                    yield return (number, message[position..(position + length)], 0);
                    position += length;
                    break;
                case 5:
                    position += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported protobuf wire type {tag & 7} at byte {position}.");
            }
        }
    }

    private static ulong ReadVarint(byte[] buffer, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = buffer[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
    }
}
