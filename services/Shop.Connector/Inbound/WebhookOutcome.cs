namespace Shop.Connector.Inbound;

/// <summary>What processing one webhook came to: published, ignored (a topic the connector does not read) or rejected with reasons.</summary>
public sealed record WebhookOutcome(string Kind, string Entity, IReadOnlyList<string> Reasons)
{
    public const string Published = "published";
    public const string Rejected = "rejected";
    public const string Skipped = "skipped";

    public static WebhookOutcome Done(string entity) => new(Published, entity, []);

    public static WebhookOutcome Ignored(string entity) => new(Skipped, entity, []);

    public static WebhookOutcome Refused(string entity, IEnumerable<string> reasons) => new(Rejected, entity, [.. reasons]);
}
