using System.ComponentModel.DataAnnotations;

namespace Erp.Sandbox;

/// <summary>Section "ErpSandbox": the one database and user the sandbox knows.</summary>
public sealed class ErpSandboxOptions
{
    public const string SectionName = "ErpSandbox";

    [Required]
    public string Database { get; set; } = "hub";

    [Required]
    public string Login { get; set; } = "integration@example.com";

    /// <summary>The user's API key, accepted wherever Odoo takes the password.</summary>
    [Required]
    public string ApiKey { get; set; } = "erp-sandbox-key";

    [Range(1, int.MaxValue)]
    public int Uid { get; set; } = 2;

    /// <summary>Products created at start: "SKU=Name" pairs.</summary>
    public string[] Products { get; set; } = ["SKU-1=Widget", "SKU-2=Gadget", "SKU-3=Gizmo"];
}
