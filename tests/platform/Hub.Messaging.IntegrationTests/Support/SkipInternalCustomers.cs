using Hub.Messaging.Kafka.Pipeline;
using Hub.Messaging.TestApp;

namespace Hub.Messaging.IntegrationTests.Support;

/// <summary>A user filter stage: events of entities named "internal-*" are finished without the handler.</summary>
public sealed class SkipInternalCustomers : IMessageStage<TestEvent>
{
    public const string Outcome = "internal-customer";

    public ValueTask InvokeAsync(MessageContext<TestEvent> message, MessageStageDelegate<TestEvent> next, CancellationToken cancellationToken)
    {
        if (message.Event!.EntityId.StartsWith("internal-", StringComparison.Ordinal))
        {
            message.Skip(Outcome);
            return ValueTask.CompletedTask;
        }

        return next(message, cancellationToken);
    }
}
