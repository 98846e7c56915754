namespace Hub.Connectors.Webhooks;

/// <summary>
/// The connector's part of a webhook: turns items into canonical events. It publishes what it can and says what it
/// could not map (<see cref="WebhookOutcome.Rejected"/>: the flow quarantines it); it throws when the work cannot be
/// done now (the system or Kafka is unreachable), and the flow answers 503 so the sender retries.
/// </summary>
public interface IWebhookItemHandler<TItem>
{
    /// <param name="items">The newly claimed items of one subject, in request order (duplicates already dropped); never empty.</param>
    Task<WebhookOutcome> HandleAsync(IReadOnlyList<TItem> items, CancellationToken cancellationToken);
}
