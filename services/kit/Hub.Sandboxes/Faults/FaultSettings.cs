namespace Hub.Sandboxes;

/// <summary>What the sandbox does to API requests now; PUT /_sandbox/faults replaces it as a whole.</summary>
public sealed record FaultSettings
{
    public FaultMode Mode { get; init; } = FaultMode.None;

    /// <summary>Status for <see cref="FaultMode.Error"/> and <see cref="FaultMode.BatchWindow"/>.</summary>
    public int? Status { get; init; }

    /// <summary>Seconds sent in Retry-After with 429 and batch-window answers.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Delay before every answer (slow system); combines with any mode.</summary>
    public int LatencyMs { get; init; }

    /// <summary>The fault applies to this many requests, then the sandbox is healthy again; null = until changed.</summary>
    public int? Requests { get; init; }

    /// <summary>The fault ends after this many seconds; null = until changed.</summary>
    public int? Seconds { get; init; }

    /// <summary>Every webhook is delivered this many times (senders retry and duplicate; receivers must cope).</summary>
    public int WebhookCopies { get; init; } = 1;

    /// <summary>
    /// Copies after the first are new deliveries of the same event (fresh delivery ids, e.g. Shopify's
    /// X-Shopify-Webhook-Id, the event id kept) instead of resends of the one delivery.
    /// </summary>
    public bool CopiesAsNewDeliveries { get; init; }

    /// <summary>Webhook bodies are cut in half, so they are not valid JSON (a malformed payload).</summary>
    public bool MalformedWebhooks { get; init; }

    public static FaultSettings Healthy { get; } = new();
}
