using Hub.Contracts;
using Hub.Messaging;
using Hub.Messaging.Errors;

namespace Hub.Demo;

/// <summary>
/// Stands in for the ERP connector's outbound side until the connectors exist: rejects customers without an
/// e-mail (a validation error the ERP would return), and is briefly "unavailable" for a few customers.
/// </summary>
public sealed class ErpSimulatorHandler(DemoScoreboard scoreboard) : IEventHandler<CustomerUpserted>
{
    public Task HandleAsync(CustomerUpserted @event, EventContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(@event.Email))
        {
            throw new PermanentEventException("erp-validation", $"ERP rejected customer {@event.Envelope.EntityId}: e-mail is required.");
        }

        if (@event.DisplayName.StartsWith("Flaky", StringComparison.Ordinal) && scoreboard.CountAttempt(@event.Envelope.EventId) <= 2)
        {
            throw new TransientEventException("ERP answered 503 Service Unavailable.");
        }

        scoreboard.Applied(@event);
        return Task.CompletedTask;
    }
}
