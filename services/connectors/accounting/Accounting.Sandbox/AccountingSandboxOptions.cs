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

    /// <summary>The bearer token the Accounting API accepts (Xero: the OAuth 2.0 access token).</summary>
    [Required]
    public string AccessToken { get; set; } = "sandbox-token";

    /// <summary>The organisation's tenant id, required in xero-tenant-id on every call.</summary>
    [Required]
    public string TenantId { get; set; } = "8f1c2a52-5b8e-4b0c-9a51-0d3c8e6f2a17";

    /// <summary>Calls per minute per organisation reported in X-MinLimit-Remaining (Xero: 60; tests may lower it).</summary>
    [Range(1, 100_000)]
    public int MinuteLimit { get; set; } = 60;

    /// <summary>Calls per day per organisation reported in X-DayLimit-Remaining (Xero: 5,000).</summary>
    [Range(1, 10_000_000)]
    public int DayLimit { get; set; } = 5_000;

    /// <summary>Value of X-Rate-Limit-Problem on 429 answers: minute, day, appminute or concurrent.</summary>
    [Required]
    public string RateLimitProblem { get; set; } = "minute";
}
