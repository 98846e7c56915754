using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Hosting;

/// <summary>The "Connector" section: who this service is.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>The connector's name: service.name, meter and activity source name, prefix of its consumer groups.</summary>
    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>The external system's name in envelopes and the identity cross-reference (crm, shop, erp, accounting, legacy-csv).</summary>
    [Required]
    public string SourceSystem { get; set; } = string.Empty;
}
