namespace Hub.Connectors.Webhooks;

/// <summary>What an <see cref="IWebhookParser{TItem}"/> returns.</summary>
public static class WebhookPayload
{
    /// <summary>The payload was read; it may hold no item the connector handles (acknowledged with 200).</summary>
    public static WebhookPayload<TItem> Of<TItem>(IEnumerable<WebhookItem<TItem>> items) => new([.. items], null);

    /// <summary>The payload is not the vendor's: answered 400 with <paramref name="problem"/>, nothing claimed.</summary>
    public static WebhookPayload<TItem> Malformed<TItem>(string problem)
    {
        ArgumentException.ThrowIfNullOrEmpty(problem);
        return new([], problem);
    }
}
