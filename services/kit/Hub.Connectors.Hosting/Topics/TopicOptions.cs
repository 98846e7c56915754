using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The "Topics" section: where the connector reads the platform's topic declaration, and per-run redirections of the
/// canonical topics it publishes to. Subscriptions are overridden in their own section (Subscriptions:{name}).
/// </summary>
public sealed class TopicOptions
{
    public const string SectionName = "Topics";

    /// <summary>
    /// The declaration (contracts/topics.yaml), relative to the content root (the connector's folder, where the build
    /// copies it; /app/contracts in the images and the Helm chart, where it is mounted from the topics ConfigMap).
    /// </summary>
    [Required]
    public string File { get; set; } = Hub.Topics.TopicCatalog.DefaultRelativePath;

    /// <summary>
    /// Event type → topic, replacing the topic the declaration gives that event type (its <c>event:</c>) for what this
    /// connector publishes; empty by default. Tests give each run its own topics this way
    /// (<c>Topics__Canonical__CustomerUpserted=it.crm.1234</c>).
    /// </summary>
    public Dictionary<string, string> Canonical { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
