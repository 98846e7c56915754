using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Hosting;

/// <summary>Where <see cref="InboundQuarantine"/> keeps rejected records; set by <c>AddInboundQuarantine</c> from the connector's own option.</summary>
public sealed class InboundQuarantineOptions
{
    /// <summary>The connector's quarantine topic (e.g. Crm:InboundDeadLetterTopic, Legacy:Inbound:QuarantineTopic).</summary>
    [Required]
    public string Topic { get; set; } = string.Empty;

    /// <summary>The hub-consumer-group header, by which `hub dlq` groups dead letters. Default: "&lt;Connector:Name&gt;.inbound".</summary>
    public string? ConsumerGroup { get; set; }
}
