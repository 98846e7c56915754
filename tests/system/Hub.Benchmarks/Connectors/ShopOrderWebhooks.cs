using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Testing.Vendors;
using Hub.DevStack;

namespace Hub.Benchmarks.Connectors;

/// <summary>
/// Signed Shopify orders/create deliveries for the shop connector, as the shop would send them: the body is an order
/// the shop sandbox created (so its shape is the sandbox's, field for field) with a new id, name and customer per
/// sequence number. The order's name (e.g. "#run-17") becomes the canonical order number and the invoice reference.
/// </summary>
public sealed class ShopOrderWebhooks
{
    private const string ApiVersion = "2024-10";
    private const int Customers = 500;
    private readonly JsonObject _template;
    private readonly string _run;
    private readonly string _phase;

    private ShopOrderWebhooks(JsonObject template, string run, string phase)
    {
        _template = template;
        _run = run;
        _phase = phase;
    }

    /// <summary>Every order name of this run's phase starts with this.</summary>
    public string NamePrefix => $"#{_run}-{_phase}-";

    /// <summary>The same run's deliveries (same customers) with order names of their own, to tell phases apart.</summary>
    public ShopOrderWebhooks ForPhase(string phase) => new(_template, _run, phase);

    /// <summary>Places one order in the shop sandbox and keeps it as the template of every delivery.</summary>
    public static async Task<ShopOrderWebhooks> CreateAsync(Uri shopSandbox, string run)
    {
        using var client = new HttpClient { BaseAddress = shopSandbox };
        client.DefaultRequestHeaders.Add("X-Shopify-Access-Token", "shpat_sandbox_token");
        using var response = await client.PostAsJsonAsync($"/admin/api/{ApiVersion}/orders.json", new JsonObject { ["order"] = TemplateRequest() });
        response.EnsureSuccessStatusCode();
        var order = (await response.Content.ReadFromJsonAsync<JsonObject>())?["order"] as JsonObject
            ?? throw new InvalidOperationException("The shop sandbox answered without an order.");
        return new ShopOrderWebhooks(order, run, "template");
    }

    public string NameOf(int sequence) => string.Create(CultureInfo.InvariantCulture, $"{NamePrefix}{sequence}");

    /// <summary>Delivery <paramref name="sequence"/>: a new order of one of 500 returning customers.</summary>
    public HttpRequestMessage Create(int sequence)
    {
        var order = (JsonObject)_template.DeepClone();
        var customerNumber = sequence % Customers;
        order["id"] = 7_000_000_000L + sequence;
        order["name"] = NameOf(sequence);
        order["order_number"] = sequence;
        order["email"] = string.Create(CultureInfo.InvariantCulture, $"buyer{customerNumber}.{_run}@example.com");
        var customer = (JsonObject)order["customer"]!;
        customer["id"] = 8_000_000_000L + customerNumber;
        customer["email"] = order["email"]!.DeepClone();
        customer["last_name"] = string.Create(CultureInfo.InvariantCulture, $"Buyer {customerNumber}");
        var body = Encoding.UTF8.GetBytes(order.ToJsonString());
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/shopify") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(ShopifyWebhook.TopicHeader, "orders/create");
        request.Headers.Add(ShopifyWebhook.WebhookIdHeader, Guid.NewGuid().ToString("D"));
        request.Headers.Add(ShopifyWebhook.ShopDomainHeader, "hub-sandbox.myshopify.com");
        request.Headers.Add(ShopifyWebhook.SignatureHeader, ShopifyWebhook.Sign(HubPlatform.ShopWebhookSecret, body));
        return request;
    }

    private static JsonObject TemplateRequest()
    {
        var address = new JsonObject
        {
            ["first_name"] = "Ada", ["last_name"] = "Buyer", ["address1"] = "12 Analytical Row",
            ["city"] = "London", ["zip"] = "EC1A 1BB", ["country"] = "United Kingdom", ["country_code"] = "GB",
        };
        return new JsonObject
        {
            ["email"] = "template.buyer@example.com",
            ["currency"] = "GBP",
            ["customer"] = new JsonObject { ["first_name"] = "Ada", ["last_name"] = "Buyer", ["email"] = "template.buyer@example.com" },
            ["billing_address"] = address,
            ["shipping_address"] = address.DeepClone(),
            ["line_items"] = new JsonArray(new JsonObject
            {
                ["sku"] = "MUG-BLUE", ["title"] = "Blue mug", ["quantity"] = 2, ["price"] = "9.50",
                ["tax_lines"] = new JsonArray(new JsonObject { ["title"] = "VAT", ["rate"] = 0.2, ["price"] = "3.80" }),
            }),
            ["shipping_lines"] = new JsonArray(new JsonObject { ["title"] = "Standard", ["price"] = "4.99" }),
        };
    }
}
