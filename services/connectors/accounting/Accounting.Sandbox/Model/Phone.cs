namespace Accounting.Sandbox.Model;

public sealed class Phone
{
    /// <summary>DEFAULT, DDI, MOBILE or FAX.</summary>
    public string? PhoneType { get; set; }

    public string? PhoneNumber { get; set; }

    public string? PhoneAreaCode { get; set; }

    public string? PhoneCountryCode { get; set; }
}
