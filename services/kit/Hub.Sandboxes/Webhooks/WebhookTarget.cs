namespace Hub.Sandboxes;

/// <summary>The body of PUT /_sandbox/webhook-target: the connector's webhook endpoint, or null to record webhooks without sending them.</summary>
public sealed record WebhookTarget(Uri? Url);
