using System.Text.Json.Serialization;

namespace Accounting.Connector.Api;

public sealed record XeroContact
{
    public Guid? ContactID { get; init; }

    public string? ContactNumber { get; init; }

    public string? ContactStatus { get; init; }

    public string? Name { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? EmailAddress { get; init; }

    public string? TaxNumber { get; init; }

    public IReadOnlyList<XeroAddress>? Addresses { get; init; }

    public IReadOnlyList<XeroPhone>? Phones { get; init; }

    [JsonConverter(typeof(XeroDateConverter))]
    public DateTimeOffset? UpdatedDateUTC { get; init; }

    /// <summary>True on a contact Xero refused in a per-element (summarizeErrors=false) answer.</summary>
    public bool? HasValidationErrors { get; init; }

    public string? StatusAttributeString { get; init; }

    public IReadOnlyList<XeroValidationError>? ValidationErrors { get; init; }
}
