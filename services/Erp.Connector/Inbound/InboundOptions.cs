using System.ComponentModel.DataAnnotations;

namespace Erp.Connector.Inbound;

/// <summary>Section "Inbound": where polled changes are published (canonical topics; tests give their own).</summary>
public sealed class InboundOptions
{
    public const string SectionName = "Inbound";

    [Required]
    public string StockTopic { get; set; } = "canonical.stock-level.changed";

    [Required]
    public string OrderStatusTopic { get; set; } = "canonical.order.status-changed";
}
