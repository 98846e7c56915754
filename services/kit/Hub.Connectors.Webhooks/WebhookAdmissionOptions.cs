using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Webhooks;

/// <summary>The "WebhookAdmission" section: how many webhook requests a process works on at once.</summary>
public sealed class WebhookAdmissionOptions
{
    public const string SectionName = "WebhookAdmission";

    /// <summary>
    /// Webhook requests in progress at once; beyond it a request is answered 503 with Retry-After at once. A flood
    /// then slows the connector (the senders retry) instead of queueing thousands of requests in memory. Default 64:
    /// a request takes a few milliseconds, so steady traffic of hundreds a second never comes near it.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxInProgress { get; set; } = 64;

    /// <summary>Requests that may wait for a free slot instead of being refused. Default 0: refuse, do not queue.</summary>
    [Range(0, 100_000)]
    public int QueueLimit { get; set; }

    /// <summary>What Retry-After tells a refused sender. Default 2 s.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);
}
