using System.Text;
using System.Text.Json;
using Hub.DevStack;
using Hub.Identity.Capture;
using Hub.Testing.Messaging;

namespace Hub.EndToEnd.IntegrationTests;

/// <summary>
/// Traffic capture on the real connectors (the platform runs with Capture__Enabled=true): a CRM contact's way to the
/// ERP and accounting is on hub.capture as the HubSpot webhook the CRM connector received and the calls the ERP
/// and accounting connectors made, and nothing captured holds a credential or the customer's e-mail address.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CaptureTests(PlatformFixture platform)
{
    /// <summary>The sandbox credentials of the connectors' devhost.yaml files: the values redaction must find.</summary>
    private static readonly string[] Credentials = ["sandbox-token", "erp-sandbox-key", "shpat_sandbox_token", "sandbox-client-secret"];

    private readonly SystemViews _systems = new(platform);

    [Fact]
    public async Task CrmContactToErpAndAccounting_WebhookAndApiCallsCaptured_WithoutCredentialsOrTheEmail()
    {
        var email = SystemViews.NewEmail("captured");
        await _systems.CreateCrmContactAsync(email, "Captured Ltd");
        await _systems.UntilAsync(async () => (await _systems.ErpPartnersAsync(email)).Count > 0 && (await _systems.AccountingContactsAsync(email)).Count > 0, "the partner in the ERP and the contact in accounting");

        List<(string Raw, CapturedExchange Exchange)> captured = [];
        try
        {
            await _systems.UntilAsync(
                () =>
                {
                    captured = ReadCaptures();
                    return Task.FromResult(
                        captured.Any(c => c.Exchange.Connector == HubPlatform.CrmConnector && c.Exchange.Kind == CapturedExchange.WebhookKind)
                        && captured.Any(c => c.Exchange.Connector == HubPlatform.ErpConnector && c.Exchange.Request.Body?.Contains("res.partner", StringComparison.Ordinal) == true)
                        && captured.Any(c => c.Exchange.Connector == HubPlatform.AccountingConnector && c.Exchange.Kind == CapturedExchange.ApiCallKind));
                },
                "the CRM webhook and the ERP and accounting calls on hub.capture");
        }
        catch (TimeoutException e)
        {
            var seen = string.Join(", ", captured.GroupBy(c => $"{c.Exchange.Connector} {c.Exchange.Kind}").Select(g => $"{g.Key}: {g.Count()}"));
            throw new TimeoutException($"On {CaptureJsonSerializer.Topic}: {(seen.Length == 0 ? "nothing" : seen)}. {e.Message}", e);
        }

        var webhook = captured.Last(c => c.Exchange.Connector == HubPlatform.CrmConnector && c.Exchange.Kind == CapturedExchange.WebhookKind).Exchange;
        webhook.Request.Headers.Single(h => h.Key.Equals("X-HubSpot-Signature-V3", StringComparison.OrdinalIgnoreCase)).Value.Should().Be("[secret]");
        webhook.Response!.Status.Should().Be(200);
        var erp = captured.Last(c => c.Exchange.Connector == HubPlatform.ErpConnector && c.Exchange.Request.Body?.Contains("res.partner", StringComparison.Ordinal) == true).Exchange;
        erp.Request.Body.Should().Contain("[secret]", "the API key Odoo takes as a positional argument is redacted by its value");
        erp.Response!.Status.Should().Be(200);
        captured.Where(c => c.Exchange.Connector == HubPlatform.AccountingConnector).Select(c => c.Exchange.Request.Headers.GetValueOrDefault("Authorization"))
            .Should().Contain("[secret]");
        foreach (var (raw, exchange) in captured)
        {
            raw.Should().NotContainAny(Credentials, $"{exchange.Connector} {exchange.Kind} {exchange.Request.Target} must hold no credential");
            raw.Should().NotContain(email, $"{exchange.Connector} {exchange.Request.Target}: the customer's e-mail is a personal field");
        }
    }

    private List<(string Raw, CapturedExchange Exchange)> ReadCaptures() =>
        TopicReader.ReadToEnd(platform.Stack, CaptureJsonSerializer.Topic)
            .Select(m => Encoding.UTF8.GetString(m.Message.Value!))
            .Select(raw => (raw, JsonSerializer.Deserialize<CapturedExchange>(raw, CaptureJsonSerializer.Options)!))
            .ToList();
}
