using Hub.Messaging.Kafka.Pipeline;

namespace Hub.Messaging.UnitTests.Support;

/// <summary>A user stage that finishes the events of one key without the handler.</summary>
internal sealed class KeyFilterStage(string skippedKey) : IMessageStage<TestEvent>
{
    public const string Outcome = "filtered-by-key";

    public int Calls { get; private set; }

    public ValueTask InvokeAsync(MessageContext<TestEvent> message, MessageStageDelegate<TestEvent> next, CancellationToken cancellationToken)
    {
        Calls++;
        if (message.Message.Key == skippedKey)
        {
            message.Skip(Outcome);
            return ValueTask.CompletedTask;
        }

        return next(message, cancellationToken);
    }
}
