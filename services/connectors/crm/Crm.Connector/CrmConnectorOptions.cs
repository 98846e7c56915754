using System.ComponentModel.DataAnnotations;

namespace Crm.Connector;

/// <summary>The "Crm" section: webhook verification, the inbound dead-letter topic, and the echo guard.</summary>
public sealed class CrmConnectorOptions
{
    public const string SectionName = "Crm";

    /// <summary>Name of the secret (ISecretProvider) holding the app's client secret, the key of X-HubSpot-Signature-v3.</summary>
    [Required]
    public string ClientSecretName { get; set; } = "crm-client-secret";

    /// <summary>
    /// The public URL of the connector's root as HubSpot calls it (scheme, host and any path prefix a proxy strips,
    /// e.g. <c>https://integrations.example.com/crm</c>); the request target is appended to it for the v3 signature.
    /// Empty = the request's own scheme and host.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where contacts the inbound mapping rejects are kept for operators (raw contact + reasons); `hub dlq crm-connector` lists it.</summary>
    [Required]
    public string InboundDeadLetterTopic { get; set; } = "crm-connector.inbound.dlq";

    /// <summary>How long the values the connector wrote to a contact are remembered, to recognise their webhook echo.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan EchoMarkerTtl { get; set; } = TimeSpan.FromHours(1);
}
