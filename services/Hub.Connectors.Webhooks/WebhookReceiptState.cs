namespace Hub.Connectors.Webhooks;

public enum WebhookReceiptState
{
    /// <summary>First sight of this delivery id: process it, then call Complete or Release.</summary>
    Claimed,

    /// <summary>Processed before: acknowledge without doing anything.</summary>
    AlreadyProcessed,

    /// <summary>Another request is processing the same delivery right now: answer so the sender retries later.</summary>
    InProgress,
}
