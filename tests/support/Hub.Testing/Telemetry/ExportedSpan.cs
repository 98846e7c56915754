namespace Hub.Testing;

/// <summary>One span as an OTLP export carried it; ids are lower-case hex, the parent empty for a root span.</summary>
public sealed record ExportedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind)
{
    public const int KindServer = 2;
    public const int KindClient = 3;
    public const int KindProducer = 4;
    public const int KindConsumer = 5;
}
