using System.ComponentModel.DataAnnotations;

namespace Erp.Connector.Odoo;

/// <summary>Section "Erp": which database and user the connector works as. The API key is a secret, named here.</summary>
public sealed class OdooOptions
{
    public const string SectionName = "Erp";

    /// <summary>The name of the external API (ExternalApis:erp) and the system in spans and metrics.</summary>
    public const string ApiName = "erp";

    [Required]
    public string Database { get; set; } = string.Empty;

    [Required]
    public string Login { get; set; } = string.Empty;
}
