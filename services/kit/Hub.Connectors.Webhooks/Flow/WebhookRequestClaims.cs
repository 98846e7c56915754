namespace Hub.Connectors.Webhooks;

/// <summary>
/// The receipts one request holds: taken one delivery at a time, completed together once every item is done,
/// released together on any failure so the sender's retry does it all again.
/// </summary>
internal sealed class WebhookRequestClaims(IWebhookReceipts receipts, string source)
{
    private readonly List<WebhookClaim> _held = [];

    /// <exception cref="WebhookReceiptsUnavailableException">Redis cannot be reached.</exception>
    public async Task<WebhookClaim> ClaimAsync(string deliveryId, CancellationToken cancellationToken)
    {
        var claim = await receipts.TryClaimAsync(source, deliveryId, cancellationToken).ConfigureAwait(false);
        if (claim.IsClaimed)
        {
            _held.Add(claim);
        }

        return claim;
    }

    /// <exception cref="WebhookReceiptsUnavailableException">Redis cannot be reached; release what is held.</exception>
    public async Task CompleteAsync()
    {
        foreach (var claim in _held)
        {
            // Not the request's token: the work is done and acknowledged, only the receipt is left to write.
            await receipts.CompleteAsync(claim, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Never throws (<see cref="IWebhookReceipts.ReleaseAsync"/>); a completed receipt is left as it is.</summary>
    public async Task ReleaseAsync()
    {
        foreach (var claim in _held)
        {
            await receipts.ReleaseAsync(claim).ConfigureAwait(false);
        }

        _held.Clear();
    }
}
