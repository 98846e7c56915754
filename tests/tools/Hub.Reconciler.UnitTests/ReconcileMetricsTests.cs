using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Reconciler.UnitTests;

/// <summary>What the gauges report, read with a <see cref="MeterListener"/> as the OpenTelemetry exporter reads them.</summary>
public sealed class ReconcileMetricsTests : IDisposable
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-07T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    [Fact]
    public void Record_SuccessfulRun_DifferencesPerLabelsAndSuccessOneAndTheRunTime()
    {
        var metrics = new ReconcileMetrics(_services.GetRequiredService<IMeterFactory>());

        metrics.Record(new EntityRunOutcome("customers", At, Results.Of(["crm", "erp"], Results.Drift("erp", "c1")), null));

        var observed = Observe();
        observed.Should().Contain((ReconcileMetrics.Differences, "customers/erp/drift", 1d))
            .And.Contain((ReconcileMetrics.Differences, "customers/crm/drift", 0d))
            .And.Contain((ReconcileMetrics.LastRunSuccess, "customers", 1d))
            .And.Contain((ReconcileMetrics.LastRunTimestamp, "customers", At.ToUnixTimeSeconds()));
    }

    [Fact]
    public void Record_FailedRunAfterASuccessfulOne_KeepsTheDifferencesAndReportsSuccessZero()
    {
        var metrics = new ReconcileMetrics(_services.GetRequiredService<IMeterFactory>());
        metrics.Record(new EntityRunOutcome("customers", At, Results.Of(["crm", "erp"], Results.Drift("erp", "c1")), null));

        metrics.Record(new EntityRunOutcome("customers", At.AddHours(1), null, "The erp connector did not answer"));

        var observed = Observe();
        observed.Should().Contain((ReconcileMetrics.Differences, "customers/erp/drift", 1d))
            .And.Contain((ReconcileMetrics.LastRunSuccess, "customers", 0d))
            .And.Contain((ReconcileMetrics.LastRunTimestamp, "customers", At.AddHours(1).ToUnixTimeSeconds()));
    }

    public void Dispose() => _services.Dispose();

    /// <returns>(instrument, entity[/system/kind], value) of every measurement of the reconciler's meter.</returns>
    private List<(string Instrument, string Labels, double Value)> Observe()
    {
        var observed = new List<(string, string, double)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == ReconcilerServiceCollectionExtensions.ServiceName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var labels = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                labels[tag.Key] = tag.Value;
            }

            observed.Add((instrument.Name, string.Join('/', new[] { "entity", "system", "kind" }.Where(labels.ContainsKey).Select(k => labels[k])), value));
        }

        listener.SetMeasurementEventCallback<int>((i, v, t, _) => Add(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => Add(i, v, t));
        listener.Start();
        listener.RecordObservableInstruments();
        return observed;
    }
}
