using Hub.Connectors.Webhooks;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>Receipts with the claim rules of RedisWebhookReceipts, in memory, with the failures a test switches on.</summary>
internal sealed class InMemoryReceipts : IWebhookReceipts
{
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>Every claim attempt fails as if Redis were down.</summary>
    public bool Unreachable { get; set; }

    /// <summary>Completing fails as if Redis went down after the work was done.</summary>
    public bool CompleteFails { get; set; }

    public List<string> Released { get; } = [];

    public IReadOnlyDictionary<string, string> States => _states;

    /// <summary>A live request of another instance holds the delivery.</summary>
    public void HeldElsewhere(string deliveryId) => _states[deliveryId] = "elsewhere";

    public Task<WebhookClaim> TryClaimAsync(string source, string deliveryId, CancellationToken cancellationToken = default)
    {
        if (Unreachable)
        {
            throw new WebhookReceiptsUnavailableException("webhook receipts in Redis are unreachable: test", new TimeoutException());
        }

        var state = _states.GetValueOrDefault(deliveryId);
        if (state is null)
        {
            var value = Guid.NewGuid().ToString("N");
            _states[deliveryId] = value;
            return Task.FromResult(new WebhookClaim(source, deliveryId, WebhookReceiptState.Claimed, value, TimeSpan.Zero));
        }

        return Task.FromResult(state == "done"
            ? new WebhookClaim(source, deliveryId, WebhookReceiptState.AlreadyProcessed, string.Empty, TimeSpan.Zero)
            : new WebhookClaim(source, deliveryId, WebhookReceiptState.InProgress, string.Empty, TimeSpan.FromSeconds(3)));
    }

    public Task CompleteAsync(WebhookClaim claim, CancellationToken cancellationToken = default)
    {
        if (CompleteFails)
        {
            throw new WebhookReceiptsUnavailableException("webhook receipts in Redis are unreachable: test", new TimeoutException());
        }

        _states[claim.DeliveryId] = "done";
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(WebhookClaim claim)
    {
        if (_states.GetValueOrDefault(claim.DeliveryId) == claim.Value)
        {
            _states.Remove(claim.DeliveryId);
        }

        Released.Add(claim.DeliveryId);
        return Task.CompletedTask;
    }
}
