namespace Crm.Sandbox;

public sealed record WebhookTargetInput(Uri? Url);
