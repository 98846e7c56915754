using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using OpenTelemetry;
using OpenTelemetry.Context.Propagation;

namespace Hub.Messaging.Kafka.Telemetry;

/// <summary>W3C trace context (traceparent/tracestate) and baggage carried in Kafka headers, so a trace crosses every hop.</summary>
internal static class TraceContextHeaders
{
    private static readonly TextMapPropagator Propagator = new CompositeTextMapPropagator([new TraceContextPropagator(), new BaggagePropagator()]);

    public static void Inject(Activity? activity, Headers headers)
    {
        if (activity is null)
        {
            return;
        }

        Propagator.Inject(new PropagationContext(activity.Context, Baggage.Current), headers, static (carrier, key, value) =>
        {
            carrier.Remove(key);
            carrier.Add(key, Encoding.UTF8.GetBytes(value));
        });
    }

    public static PropagationContext Extract(Headers? headers) =>
        Propagator.Extract(default, headers, static (carrier, key) =>
        {
            if (carrier is not null && carrier.TryGetLastBytes(key, out var bytes))
            {
                return [Encoding.UTF8.GetString(bytes)];
            }

            return [];
        });
}
