namespace Accounting.Connector.Api;

public sealed record XeroPhone
{
    public string? PhoneType { get; init; }

    public string? PhoneNumber { get; init; }

    public string? PhoneAreaCode { get; init; }

    public string? PhoneCountryCode { get; init; }
}
