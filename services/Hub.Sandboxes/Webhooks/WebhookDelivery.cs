namespace Hub.Sandboxes;

/// <summary>One webhook to deliver: the JSON body and the vendor's non-signature headers (topic, delivery id, ...).</summary>
public sealed record WebhookDelivery(string Topic, byte[] Body, IReadOnlyDictionary<string, string> Headers);
