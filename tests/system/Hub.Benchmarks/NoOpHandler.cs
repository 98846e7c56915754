using Hub.Messaging;
using Hub.Messaging.TestApp;

namespace Hub.Benchmarks;

/// <summary>Does nothing but count, so the figures measure the pipeline, not a sink.</summary>
public sealed class NoOpHandler(LatencyRecorder recorder) : IEventHandler<TestEvent>
{
    public Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
    {
        recorder.Record(@event.OccurredAt);
        return Task.CompletedTask;
    }
}
