using System.Collections.Concurrent;
using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>A user stage that records each message it sees, with how the rest of the pipeline finished it.</summary>
internal sealed class AuditStage(ScriptedHandler? handler = null) : IMessageStage<TestEvent>
{
    public ConcurrentQueue<(string EventId, string? Outcome, bool? Succeeded)> Seen { get; } = new();

    /// <summary>How many handler calls had been made when each message reached this stage.</summary>
    public ConcurrentQueue<int> HandlerCallsBefore { get; } = new();

    public async ValueTask InvokeAsync(MessageContext<TestEvent> message, MessageStageDelegate<TestEvent> next, CancellationToken cancellationToken)
    {
        HandlerCallsBefore.Enqueue(handler?.Calls.Count ?? 0);
        await next(message, cancellationToken);
        Seen.Enqueue((message.EventId, message.Outcome, message.Result?.Succeeded));
    }
}
