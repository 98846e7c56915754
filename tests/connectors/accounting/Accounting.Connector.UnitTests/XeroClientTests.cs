using System.Net;
using Accounting.Connector.Api;
using Hub.Connectors.Hosting;

namespace Accounting.Connector.UnitTests;

/// <summary>How the client talks to Xero and how Xero's failures are classified for the pipeline.</summary>
public sealed class XeroClientTests
{
    private static (XeroClient Client, StubHandler Stub) Client(HttpStatusCode status, string body, Action<HttpResponseMessage>? headers = null)
    {
        var stub = new StubHandler(status, body, headers);
        var http = new HttpClient(stub) { BaseAddress = new Uri("http://xero.test/api.xro/2.0/") };
        return (new XeroClient(http, TestSupport.Telemetry(), TimeProvider.System), stub);
    }

    private static XeroInvoice Invoice() => new() { Type = "ACCREC", Contact = new XeroContact { ContactNumber = "cust-7" } };

    [Fact]
    public async Task CreateInvoiceAsync_DocumentedAnswer_SendsIdempotencyKeyAndPascalCaseAndReadsInvoice()
    {
        var (client, stub) = Client(HttpStatusCode.OK, TestSupport.Fixture("create-invoices-response.json"));

        var invoice = await client.CreateInvoiceAsync(Invoice(), "accounting-connector.orders:abc", TestContext.Current.CancellationToken);

        invoice.InvoiceNumber.Should().Be("INV-0007");
        var (request, body) = stub.Requests.Single();
        request.Method.Should().Be(HttpMethod.Put);
        request.RequestUri!.ToString().Should().Be("http://xero.test/api.xro/2.0/Invoices?unitdp=4");
        request.Headers.GetValues("Idempotency-Key").Single().Should().Be("accounting-connector.orders:abc");
        body.Should().Contain("\"Invoices\":[{\"Type\":\"ACCREC\"").And.Contain("\"ContactNumber\":\"cust-7\"").And.NotContain("null");
    }

    [Fact]
    public async Task CreateInvoiceAsync_RateLimited_UnavailableWithRetryAfterAndTheLimitHit()
    {
        var (client, _) = Client((HttpStatusCode)429, "", r =>
        {
            r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            r.Headers.Add("X-Rate-Limit-Problem", "minute");
        });

        var act = () => client.CreateInvoiceAsync(Invoice(), "k", TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<ExternalApiUnavailableException>()).Which;
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
        error.Message.Should().Contain("minute");
    }

    [Fact]
    public async Task CreateInvoiceAsync_ServiceUnavailable_Unavailable()
    {
        var (client, _) = Client(HttpStatusCode.ServiceUnavailable, "{}");

        var act = () => client.CreateInvoiceAsync(Invoice(), "k", TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<ExternalApiUnavailableException>();
    }

    [Fact]
    public async Task SaveContactAsync_ValidationException_RejectedWithXerosMessage()
    {
        var (client, _) = Client(HttpStatusCode.BadRequest, TestSupport.Fixture("create-contacts-validation-error.json"));

        var act = () => client.SaveContactAsync(new XeroContact { Name = "Buzz Lightyear" }, "k", TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<ExternalApiRejectedException>()).Which;
        error.Status.Should().Be(HttpStatusCode.BadRequest);
        error.ReasonCode.Should().Be("xero-ValidationException");
        error.Message.Should().Contain("The contact name Buzz Lightyear is already assigned to another contact");
    }

    /// <summary>Xero's summarizeErrors=false answer: 200, the invoice marked HasErrors. It was not saved.</summary>
    [Fact]
    public async Task CreateInvoiceAsync_200WithInvoiceMarkedAsFailed_RejectedWithXerosMessageNotReadAsSaved()
    {
        var (client, _) = Client(HttpStatusCode.OK, TestSupport.Fixture("create-invoices-per-element-error.json"));

        var act = () => client.CreateInvoiceAsync(Invoice(), "k", TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<Hub.Messaging.Errors.PermanentEventException>()).Which;
        error.ReasonCode.Should().Be(XeroErrors.ElementRejected);
        error.Message.Should().Contain("Organisation is not subscribed to currency JPY");
    }

    [Fact]
    public async Task SaveContactAsync_200WithContactMarkedAsFailed_RejectedWithXerosMessageNotReadAsSaved()
    {
        var (client, _) = Client(HttpStatusCode.OK, TestSupport.Fixture("create-contacts-per-element-error.json"));

        var act = () => client.SaveContactAsync(new XeroContact { Name = "Buzz Lightyear" }, "k", TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<Hub.Messaging.Errors.PermanentEventException>()).Which;
        error.ReasonCode.Should().Be(XeroErrors.ElementRejected);
        error.Message.Should().Contain("The contact name Buzz Lightyear is already assigned to another contact");
    }

    [Theory]
    [InlineData(null, "ERROR", false)]
    [InlineData(true, null, false)]
    [InlineData(null, null, true)]
    public void ThrowIfElementRejected_AnyOfXerosMarks_Rejected(bool? flag, string? statusAttribute, bool withMessage)
    {
        var act = () => XeroErrors.ThrowIfElementRejected("create Invoices", flag, statusAttribute, withMessage ? [new XeroValidationError("Due Date is required.")] : null);

        act.Should().Throw<Hub.Messaging.Errors.PermanentEventException>();
    }

    [Fact]
    public void ThrowIfElementRejected_SavedElement_Passes()
    {
        var act = () => XeroErrors.ThrowIfElementRejected("create Invoices", false, "OK", []);

        act.Should().NotThrow();
    }

    [Fact]
    public async Task GetPaymentsAsync_Since_SendsIfModifiedSinceAndPage()
    {
        var (client, stub) = Client(HttpStatusCode.OK, TestSupport.Fixture("get-payments-response.json"));

        var payments = await client.GetPaymentsAsync(new DateTimeOffset(2025, 3, 14, 9, 26, 53, 589, TimeSpan.Zero), 2, TestContext.Current.CancellationToken);

        payments.Should().HaveCount(2);
        var request = stub.Requests.Single().Request;
        request.RequestUri!.Query.Should().Be("?page=2");
        request.Headers.GetValues("If-Modified-Since").Single().Should().Be("2025-03-14T09:26:53.589");
    }
}
