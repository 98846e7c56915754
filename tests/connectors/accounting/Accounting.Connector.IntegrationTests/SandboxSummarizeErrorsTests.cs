using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Accounting.Connector.IntegrationTests.Support;

namespace Accounting.Connector.IntegrationTests;

/// <summary>
/// A batch with one invalid element, answered as Xero does: by default 400 ValidationException and nothing saved;
/// with summarizeErrors=false 200, the valid element saved and the invalid one marked with its ValidationErrors.
/// </summary>
[Collection(AccountingCollection.Name)]
public sealed class SandboxSummarizeErrorsTests(AccountingFixture fixture)
{
    [Fact]
    public async Task PutInvoices_SummarizeErrorsFalse_200ValidSavedInvalidMarkedWithItsErrors()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var (good, bad) = (Reference("good"), Reference("bad"));

        using var response = await run.Sandbox.PutAsJsonAsync("/api.xro/2.0/Invoices?summarizeErrors=false", Batch(good, bad), AccountingRun.Json, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var invoices = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("Invoices").EnumerateArray().ToList();
        invoices.Select(i => i.GetProperty("Reference").GetString()).Should().Equal(good, bad);
        invoices[0].GetProperty("HasErrors").GetBoolean().Should().BeFalse();
        invoices[0].GetProperty("StatusAttributeString").GetString().Should().Be("OK");
        invoices[1].GetProperty("HasErrors").GetBoolean().Should().BeTrue();
        invoices[1].GetProperty("StatusAttributeString").GetString().Should().Be("ERROR");
        invoices[1].GetProperty("ValidationErrors").EnumerateArray().Select(e => e.GetProperty("Message").GetString())
            .Should().Contain("Organisation is not subscribed to currency JPY");
        (await run.InvoicesAsync(good)).Should().ContainSingle("the valid invoice of the batch is saved");
        (await run.InvoicesAsync(bad)).Should().BeEmpty();
    }

    [Fact]
    public async Task PutInvoices_SummarisedByDefault_400ValidationExceptionAndNothingSaved()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var (good, bad) = (Reference("good"), Reference("bad"));

        using var response = await run.Sandbox.PutAsJsonAsync("/api.xro/2.0/Invoices", Batch(good, bad), AccountingRun.Json, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("Type").GetString().Should().Be("ValidationException");
        body.GetProperty("Elements").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("ValidationErrors")[0].GetProperty("Message").GetString().Should().Be("Organisation is not subscribed to currency JPY");
        (await run.InvoicesAsync(good)).Should().BeEmpty();
    }

    [Fact]
    public async Task PostContacts_SummarizeErrorsFalse_200ValidSavedInvalidMarkedHasValidationErrors()
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        var number = Reference("c");
        var body = new { Contacts = new object[] { new { ContactNumber = number, Name = $"Valid {number}" }, new { ContactNumber = $"{number}-2", EmailAddress = "no-at-sign" } } };

        using var response = await run.Sandbox.PostAsJsonAsync("/api.xro/2.0/Contacts?summarizeErrors=false", body, AccountingRun.Json, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var contacts = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("Contacts").EnumerateArray().ToList();
        contacts.Select(c => c.GetProperty("HasValidationErrors").GetBoolean()).Should().Equal(false, true);
        contacts[1].GetProperty("ValidationErrors").EnumerateArray().Select(e => e.GetProperty("Message").GetString())
            .Should().Contain("The contact name must be specified.").And.Contain("Email address must be valid.");
        (await run.ContactsAsync(number)).Should().ContainSingle();
    }

    private static string Reference(string what) => $"sum-{what}-{Guid.NewGuid():N}"[..24];

    private static object Batch(string good, string bad) => new
    {
        Invoices = new[] { Invoice(good, "EUR"), Invoice(bad, "JPY") },
    };

    private static object Invoice(string reference, string currency) => new
    {
        Type = "ACCREC",
        Reference = reference,
        CurrencyCode = currency,
        Status = "AUTHORISED",
        DueDate = "2026-12-31",
        Contact = new { ContactNumber = $"{reference}-c", Name = $"Customer {reference}" },
        LineItems = new[] { new { Description = "Widget", Quantity = 1m, UnitAmount = 10m, AccountCode = "200" } },
    };
}
