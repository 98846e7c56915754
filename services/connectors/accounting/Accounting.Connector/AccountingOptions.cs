using System.ComponentModel.DataAnnotations;

namespace Accounting.Connector;

/// <summary>How orders become invoices, section "Accounting".</summary>
public sealed class AccountingOptions
{
    public const string SectionName = "Accounting";

    /// <summary>
    /// The Xero organisation (tenant id, from Xero's /connections after authorising), sent as xero-tenant-id on
    /// every call. Going live changes it together with the base URL and the access token.
    /// </summary>
    [Required]
    public string TenantId { get; set; } = string.Empty;

    /// <summary>Days from the order date to the invoice's due date.</summary>
    [Range(0, 365)]
    public int PaymentTermsDays { get; set; } = 14;

    /// <summary>Revenue account code of invoice lines (Xero's demo company uses 200, Sales).</summary>
    [Required]
    public string SalesAccountCode { get; set; } = "200";

    /// <summary>Xero TaxType of invoice lines; the tax amount itself is sent per line, computed from the order's rate.</summary>
    [Required]
    public string TaxType { get; set; } = "OUTPUT";
}
