using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Accounting.Connector.IntegrationTests.Support;

namespace Accounting.Connector.IntegrationTests;

/// <summary>The sandbox refuses calls like Xero: no token 401, no or another tenant 403 "AuthenticationUnsuccessful".</summary>
[Collection(AccountingCollection.Name)]
public sealed class SandboxAuthenticationTests(AccountingFixture fixture)
{
    [Theory]
    [InlineData(true, null, HttpStatusCode.Forbidden, "Forbidden")]
    [InlineData(true, "5f0e4a43-1111-2222-3333-444455556666", HttpStatusCode.Forbidden, "Forbidden")]
    [InlineData(false, Hub.DevStack.XeroSandboxAccess.TenantId, HttpStatusCode.Unauthorized, "Unauthorized")]
    public async Task AccountingApi_WithoutTokenOrTenant_RefusedAsXeroDoes(bool withToken, string? tenant, HttpStatusCode expected, string title)
    {
        await using var run = await AccountingRun.StartAsync(fixture);
        using var http = new HttpClient { BaseAddress = run.Sandbox.BaseAddress };
        if (withToken)
        {
            http.DefaultRequestHeaders.Authorization = new("Bearer", Hub.DevStack.XeroSandboxAccess.AccessToken);
        }

        if (tenant is not null)
        {
            http.DefaultRequestHeaders.Add("xero-tenant-id", tenant);
        }

        using var response = await http.GetAsync("/api.xro/2.0/Invoices", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(expected);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        body.GetProperty("Title").GetString().Should().Be(title);
        body.GetProperty("Detail").GetString().Should().Be("AuthenticationUnsuccessful");
        body.GetProperty("Status").GetInt32().Should().Be((int)expected);
    }

    [Fact]
    public async Task AccountingApi_EveryAnswer_ReportsXerosRemainingCalls()
    {
        await using var run = await AccountingRun.StartAsync(fixture);

        using var first = await run.Sandbox.GetAsync("/api.xro/2.0/Invoices", TestContext.Current.CancellationToken);
        using var second = await run.Sandbox.GetAsync("/api.xro/2.0/Contacts", TestContext.Current.CancellationToken);

        first.EnsureSuccessStatusCode();
        var minuteLeft = int.Parse(first.Headers.GetValues("X-MinLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture);
        int.Parse(second.Headers.GetValues("X-MinLimit-Remaining").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeLessThan(minuteLeft);
        second.Headers.GetValues("X-DayLimit-Remaining").Should().ContainSingle();
        second.Headers.GetValues("X-AppMinLimit-Remaining").Should().ContainSingle();
    }
}
