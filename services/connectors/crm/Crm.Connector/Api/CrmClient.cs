using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Hub.Connectors.Hosting;

namespace Crm.Connector.Api;

/// <summary>The CRM v3 contacts API: read one contact, update one, upsert by e-mail. Failures are read by <see cref="HubSpotErrors"/>.</summary>
public sealed class CrmClient(HttpClient http, ConnectorTelemetry telemetry, TimeProvider time)
    : ExternalApiClient(http, telemetry, time, SystemName, new HubSpotErrors())
{
    public const string SystemName = "crm";
    public const string ContactsPath = "crm/v3/objects/contacts";

    /// <summary>Every property the inbound mapping (crm-to-canonical.customer) reads.</summary>
    public static readonly IReadOnlyList<string> MappedProperties =
    [
        "firstname", "lastname", "email", "phone", "company", "company_type", "industry", "country", "address", "vat_number",
        "lifecyclestage", "hs_language", "createdate", "last_contacted_uk", "credit_limit", "currency", "is_internal", "key_account",
    ];

    /// <summary>What inbound reads: the mapped properties plus those only the connector writes (to recognise echoes).</summary>
    public static readonly IReadOnlyList<string> ReadProperties = [.. MappedProperties, "hub_customer_id"];

    public async Task<CrmContact> GetContactAsync(string contactId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ContactsPath}/{Uri.EscapeDataString(contactId)}?properties={string.Join(',', ReadProperties)}");
        return await SendAsync<CrmContact>(request, "get contact", cancellationToken).ConfigureAwait(false)
            ?? throw new ExternalApiUnavailableException(System, "get contact", "answered with an empty body");
    }

    /// <summary>The contact by id, or by e-mail when <paramref name="byEmail"/>; null when the CRM has none.</summary>
    public async Task<CrmContact?> FindContactAsync(string idOrEmail, bool byEmail, IEnumerable<string> properties, CancellationToken cancellationToken)
    {
        var query = $"properties={string.Join(',', properties)}{(byEmail ? "&idProperty=email" : "")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ContactsPath}/{Uri.EscapeDataString(idOrEmail)}?{query}");
        try
        {
            return await SendAsync<CrmContact>(request, "get contact", cancellationToken).ConfigureAwait(false);
        }
        catch (ExternalApiRejectedException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>One page of contacts in the CRM's order (GET crm/v3/objects/contacts, read-only); <paramref name="after"/> is the previous page's paging cursor.</summary>
    public async Task<CrmContactPage> ListContactsAsync(string? after, int limit, IEnumerable<string> properties, CancellationToken cancellationToken)
    {
        var query = $"limit={limit.ToString(CultureInfo.InvariantCulture)}&properties={string.Join(',', properties)}{(after is null ? "" : $"&after={Uri.EscapeDataString(after)}")}";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{ContactsPath}?{query}");
        return await SendAsync<CrmContactPage>(request, "list contacts", cancellationToken).ConfigureAwait(false)
            ?? throw new ExternalApiUnavailableException(System, "list contacts", "answered with an empty body");
    }

    /// <summary>Creates the contact with this e-mail or updates it: a redelivered write can never create a second contact.</summary>
    public async Task<BatchUpsertResult> UpsertByEmailAsync(string email, IReadOnlyDictionary<string, string?> properties, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ContactsPath}/batch/upsert")
        {
            Content = JsonContent.Create(new BatchUpsertRequest([new BatchUpsertInput("email", email, properties)]), options: Json),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        var response = await SendAsync<BatchUpsertResponse>(request, "upsert contact", cancellationToken).ConfigureAwait(false);
        return response?.Results.SingleOrDefault()
            ?? throw new ExternalApiUnavailableException(System, "upsert contact", "answered without a result");
    }

    public async Task<CrmContact> UpdateContactAsync(string contactId, IReadOnlyDictionary<string, string?> properties, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{ContactsPath}/{Uri.EscapeDataString(contactId)}")
        {
            Content = JsonContent.Create(new { properties }, options: Json),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        return await SendAsync<CrmContact>(request, "update contact", cancellationToken).ConfigureAwait(false)
            ?? throw new ExternalApiUnavailableException(System, "update contact", "answered with an empty body");
    }
}
