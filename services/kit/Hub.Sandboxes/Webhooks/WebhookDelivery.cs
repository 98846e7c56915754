namespace Hub.Sandboxes;

/// <summary>One webhook to deliver: the JSON body and the vendor's non-signature headers (topic, delivery id, ...).</summary>
/// <param name="PerDeliveryHeaders">Headers that identify a delivery rather than the event (new values on a copy sent as a new delivery).</param>
public sealed record WebhookDelivery(string Topic, byte[] Body, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string>? PerDeliveryHeaders = null)
{
    /// <summary>The same event as a new delivery: every per-delivery header gets a fresh value.</summary>
    public WebhookDelivery AsNewDelivery()
    {
        var headers = new Dictionary<string, string>(Headers);
        foreach (var name in PerDeliveryHeaders ?? [])
        {
            headers[name] = Guid.NewGuid().ToString("D");
        }

        return this with { Headers = headers };
    }
}
