namespace Hub.Connectors.Webhooks;

/// <summary>A parsed webhook request: its items, or why it could not be read. Made by <see cref="WebhookPayload"/>.</summary>
public sealed record WebhookPayload<TItem>
{
    internal WebhookPayload(IReadOnlyList<WebhookItem<TItem>> items, string? problem)
    {
        Items = items;
        Problem = problem;
    }

    public IReadOnlyList<WebhookItem<TItem>> Items { get; }

    /// <summary>Why the payload is not the vendor's (answered 400); null when it was read.</summary>
    public string? Problem { get; }
}
