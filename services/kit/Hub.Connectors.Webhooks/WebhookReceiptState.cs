namespace Hub.Connectors.Webhooks;

public enum WebhookReceiptState
{
    /// <summary>This request holds the delivery: process it, then call Complete or Release.</summary>
    Claimed,

    /// <summary>Processed before: acknowledge (200) without doing anything.</summary>
    AlreadyProcessed,

    /// <summary>A live request elsewhere holds the delivery right now: answer 503 with Retry-After so the sender retries.</summary>
    InProgress,
}
