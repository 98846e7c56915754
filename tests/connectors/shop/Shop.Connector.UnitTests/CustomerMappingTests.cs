using Hub.Contracts;
using Shop.Connector.Inbound;

namespace Shop.Connector.UnitTests;

public sealed class CustomerMappingTests
{
    private readonly ShopCustomerMapper _mapper = new(Fixtures.Mappings());

    private static Dictionary<string, object?> DocumentedCustomer() => (Dictionary<string, object?>)Fixtures.OrdersCreate()["customer"]!;

    [Fact]
    public void MapRecord_DocumentedCustomer_MapsNamesEmailStatusAndAddress()
    {
        var record = DocumentedCustomer();

        var result = _mapper.MapRecord(record);
        var customer = ShopCustomerMapper.ToCustomer(record, result);

        result.IsRejected.Should().BeFalse();
        customer.CustomerId.Should().Be("115310627314723954");
        customer.Text("givenName").Should().Be("John");
        customer.Text("familyName").Should().Be("Smith");
        customer.Text("email").Should().Be("john@example.com");
        customer.Text("status").Should().Be("Inactive", "a disabled Shopify account");
        customer.Text("marketingConsent").Should().Be("false");
        customer.Fields["billingAddress"].Should().BeEquivalentTo(new Address
        {
            Kind = AddressKind.Billing, Line1 = "123 Elm St.", PostalCode = "K2H7A8", City = "Ottawa", Region = "Ontario", CountryCode = "CA",
        });
    }

    [Fact]
    public void MapRecord_CustomerWithoutState_IsActive()
    {
        var record = DocumentedCustomer();
        record.Remove("state");

        var result = _mapper.MapRecord(record);
        var customer = ShopCustomerMapper.ToCustomer(record, result);
        var upserted = ShopCustomerMapper.ToEvent(customer, new Envelope { EventId = Guid.NewGuid(), EntityId = "c-1", SourceSystem = "shop", SourceRecordId = "1", OccurredAt = DateTimeOffset.UnixEpoch, CorrelationId = "x", SchemaVersion = CustomerUpserted.ContractVersion }, new HashSet<string>());

        result.IsRejected.Should().BeFalse();
        upserted.Status.Should().Be(CustomerStatus.Active, "the default is the canonical status, so it converts like a mapped one");
    }

    [Fact]
    public void MapRecord_CustomerWithoutAddress_UsesOrderBillingAddressAndItsCompany()
    {
        var record = DocumentedCustomer();
        record.Remove("default_address");
        var order = Fixtures.OrdersCreate();

        var customer = ShopCustomerMapper.ToCustomer(record, _mapper.MapRecord(record, order["billing_address"]));

        customer.Text("companyName").Should().Be("Shipping Company");
        ((Address)customer.Fields["billingAddress"]!).City.Should().Be("Shippington");
    }

    [Fact]
    public void MapRecord_InvalidEmail_IsRejected()
    {
        var record = DocumentedCustomer();
        record["email"] = "not an address";

        var result = _mapper.MapRecord(record);

        result.IsRejected.Should().BeTrue();
        result.Rejections.Should().Contain(r => r.Field == "email");
    }

    [Fact]
    public void ToEvent_WithheldFields_AreLeftOut()
    {
        var record = DocumentedCustomer();
        var customer = ShopCustomerMapper.ToCustomer(record, _mapper.MapRecord(record));
        var envelope = new Envelope { EventId = Guid.NewGuid(), EntityId = "c-1", SourceSystem = "shop", SourceRecordId = "1", CorrelationId = "c", SchemaVersion = 3 };

        var upserted = ShopCustomerMapper.ToEvent(customer, envelope, new HashSet<string> { "email", "billingAddress" });

        upserted.Email.Should().BeNull("a field the shop does not own must not overwrite the owner's value");
        upserted.Addresses.Should().BeEmpty();
        upserted.GivenName.Should().Be("John");
        upserted.DisplayName.Should().Be("John Smith");
        upserted.Kind.Should().Be(CustomerKind.Person);
        upserted.Status.Should().Be(CustomerStatus.Inactive);
    }
}
