namespace Hub.Connectors.Webhooks;

/// <summary>The receipt store (Redis) cannot be reached: nothing is known about the delivery, so the answer is 503.</summary>
public sealed class WebhookReceiptsUnavailableException(string message, Exception inner) : Exception(message, inner);
