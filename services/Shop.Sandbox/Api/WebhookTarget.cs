namespace Shop.Sandbox.Api;

/// <summary>The body of PUT /_sandbox/webhook-target.</summary>
public sealed record WebhookTarget(Uri? Url);
