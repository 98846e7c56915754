using System.Text.Json;
using Hub.Contracts;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests.Contract;

/// <summary>The connector's reading of webhook bodies written after Shopify's documented examples (Fixtures/).</summary>
public sealed class ShopifyWebhookPayloadContractTests
{
    private readonly ShopCustomerMapper _mapper = new(Fixtures.Mappings());

    [Fact]
    public void MapRecord_CustomersUpdateExample_MapsTheCustomerAndItsDefaultAddress()
    {
        using var document = JsonDocument.Parse(Fixtures.CustomersUpdateBytes());
        var record = JsonRecord.ToDictionary(document.RootElement);

        var result = _mapper.MapRecord(record);
        var customer = ShopCustomerMapper.ToCustomer(record, result);

        result.IsRejected.Should().BeFalse(string.Join("; ", result.Issues));
        customer.CustomerId.Should().Be("706405506930370084");
        customer.Text("givenName").Should().Be("Zoë");
        customer.Text("familyName").Should().Be("Größe");
        customer.Text("email").Should().Be("zoe.grosse@example.com");
        customer.Text("status").Should().Be("Active", "an enabled Shopify account");
        customer.Text("marketingConsent").Should().Be("true", "email_marketing_consent.state is subscribed");
        customer.Fields["billingAddress"].Should().BeEquivalentTo(new Address
        {
            Kind = AddressKind.Billing, Line1 = "Königsallee 12", PostalCode = "40212", City = "Düsseldorf", Region = "Nordrhein-Westfalen", CountryCode = "DE",
        });
    }

    [Fact]
    public void OrdersCreateExample_IsRawUtf8JsonObjectWithTheFieldsTheMapperReads()
    {
        using var document = JsonDocument.Parse(Fixtures.OrdersCreateBytes());
        var root = document.RootElement;

        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("id").GetInt64().Should().BePositive();
        root.GetProperty("line_items").GetArrayLength().Should().BePositive();
        root.GetProperty("customer").GetProperty("id").GetInt64().Should().Be(115310627314723954);
        root.GetProperty("currency").GetString().Should().MatchRegex("^[A-Z]{3}$");
    }
}
