using System.ComponentModel.DataAnnotations;

namespace Accounting.Sandbox;

/// <summary>The simulated organisation, section "AccountingSandbox".</summary>
public sealed class AccountingSandboxOptions
{
    public const string SectionName = "AccountingSandbox";

    /// <summary>The organisation's base currency, used when an invoice names none.</summary>
    [Required]
    [RegularExpression("^[A-Z]{3}$")]
    public string BaseCurrency { get; set; } = "GBP";

    /// <summary>Currencies the organisation is subscribed to; invoices in others are refused as Xero does.</summary>
    [MinLength(1)]
    public string[] Currencies { get; set; } = ["GBP", "EUR", "USD", "AUD", "NZD", "CHF"];

    /// <summary>Value of X-Rate-Limit-Problem on 429 answers: minute, day or concurrent.</summary>
    [Required]
    public string RateLimitProblem { get; set; } = "minute";
}
