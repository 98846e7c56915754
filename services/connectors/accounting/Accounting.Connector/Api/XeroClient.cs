using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Connectors.Hosting;

namespace Accounting.Connector.Api;

/// <summary>The Accounting API calls the connector makes; failures are read by <see cref="XeroErrors"/> (429/5xx retry, 4xx dead-letter).</summary>
public sealed class XeroClient(HttpClient http, ConnectorTelemetry telemetry, TimeProvider time)
    : ExternalApiClient(http, telemetry, time, AccountingConnectorExtensions.System, new XeroErrors())
{
    public static readonly JsonSerializerOptions WriteOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<XeroContact?> FindContactByNumberAsync(string contactNumber, CancellationToken cancellationToken)
    {
        var where = Uri.EscapeDataString($"ContactNumber==\"{contactNumber.Replace("\"", "", StringComparison.Ordinal)}\"");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"Contacts?where={where}");
        var response = await SendAsync<XeroResponse>(request, "get Contacts", cancellationToken);
        return response?.Contacts?.FirstOrDefault(c => c.ContactNumber == contactNumber);
    }

    /// <summary>GET /Contacts/{id}: the contact with this ContactID (or ContactNumber); null when Xero has none.</summary>
    public async Task<XeroContact?> GetContactAsync(string contactIdOrNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"Contacts/{Uri.EscapeDataString(contactIdOrNumber)}");
        try
        {
            var response = await SendAsync<XeroResponse>(request, "get Contact", cancellationToken);
            return response?.Contacts is { Count: > 0 } contacts ? contacts[0] : null;
        }
        catch (ExternalApiRejectedException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>GET /Contacts?page=n (read-only): one page of at most <see cref="ContactsPageSize"/> contacts, in Xero's order.</summary>
    public async Task<IReadOnlyList<XeroContact>> GetContactsPageAsync(int page, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"Contacts?page={page.ToString(CultureInfo.InvariantCulture)}");
        var response = await SendAsync<XeroResponse>(request, "get Contacts", cancellationToken);
        return response?.Contacts ?? [];
    }

    /// <summary>Xero's page size for contacts and invoices (fixed by the API).</summary>
    public const int ContactsPageSize = 100;

    /// <summary>GET /Invoices?page=n (read-only): one page of at most <see cref="ContactsPageSize"/> invoices, in Xero's order.</summary>
    public async Task<IReadOnlyList<XeroInvoice>> GetInvoicesPageAsync(int page, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"Invoices?page={page.ToString(CultureInfo.InvariantCulture)}");
        var response = await SendAsync<XeroResponse>(request, "get Invoices", cancellationToken);
        return response?.Invoices ?? [];
    }

    /// <summary>POST /Contacts: updates the contact named by ContactID or ContactNumber, creates it otherwise.</summary>
    public async Task<XeroContact> SaveContactAsync(XeroContact contact, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = Write(HttpMethod.Post, "Contacts", new { Contacts = new[] { contact } }, idempotencyKey);
        var response = await SendAsync<XeroResponse>(request, "save Contacts", cancellationToken);
        var saved = (response?.Contacts is { Count: > 0 } contacts ? contacts[0] : null) ?? throw Malformed("save Contacts", "no contact");
        XeroErrors.ThrowIfElementRejected("save Contacts", saved.HasValidationErrors, saved.StatusAttributeString, saved.ValidationErrors);
        return saved;
    }

    /// <summary>
    /// PUT /Invoices?unitdp=4: unit prices keep four decimal places. One invoice per call, so the default
    /// (summarised) errors say all there is; an answer marking the invoice as failed is refused all the same.
    /// </summary>
    public async Task<XeroInvoice> CreateInvoiceAsync(XeroInvoice invoice, string idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = Write(HttpMethod.Put, "Invoices?unitdp=4", new { Invoices = new[] { invoice } }, idempotencyKey);
        var response = await SendAsync<XeroResponse>(request, "create Invoices", cancellationToken);
        var created = (response?.Invoices is { Count: > 0 } invoices ? invoices[0] : null) ?? throw Malformed("create Invoices", "no invoice");
        XeroErrors.ThrowIfElementRejected("create Invoices", created.HasErrors, created.StatusAttributeString, created.ValidationErrors);
        return created;
    }

    /// <summary>GET /Payments?page=n with If-Modified-Since: payments changed at or after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<XeroPayment>> GetPaymentsAsync(DateTimeOffset? since, int page, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"Payments?page={page.ToString(CultureInfo.InvariantCulture)}");
        if (since is { } s)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", s.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture));
        }

        var response = await SendAsync<XeroResponse>(request, "get Payments", cancellationToken);
        return response?.Payments ?? [];
    }

    private static HttpRequestMessage Write<T>(HttpMethod method, string path, T body, string idempotencyKey)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: WriteOptions) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private ExternalApiUnavailableException Malformed(string operation, string what) =>
        new(System, operation, $"answered 200 with {what} in the body");
}
