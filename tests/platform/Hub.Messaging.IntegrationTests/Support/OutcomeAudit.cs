using System.Collections.Concurrent;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.TestApp;

namespace Hub.Messaging.IntegrationTests.Support;

/// <summary>A user stage that records every event it lets through with how the pipeline finished it.</summary>
public sealed class OutcomeAudit : IMessageStage<TestEvent>
{
    public ConcurrentQueue<(string EventId, string? Outcome)> Entries { get; } = new();

    public async ValueTask InvokeAsync(MessageContext<TestEvent> message, MessageStageDelegate<TestEvent> next, CancellationToken cancellationToken)
    {
        await next(message, cancellationToken);
        Entries.Enqueue((message.EventId, message.Outcome));
    }
}
