namespace Hub.Sandboxes;

/// <summary>What the receiver of a relayed webhook answered: its status and body (null when it sent none).</summary>
public sealed record WebhookRelayAnswer(int Status, string? Body);
