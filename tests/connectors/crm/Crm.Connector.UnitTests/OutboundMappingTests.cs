using Crm.Connector.Inbound;
using Crm.Connector.Outbound;
using Hub.Contracts;

namespace Crm.Connector.UnitTests;

public class OutboundMappingTests
{
    private static CustomerUpserted Customer() => new()
    {
        Envelope = new Envelope { EventId = Guid.NewGuid(), EntityId = "cust-42", SourceSystem = "erp", SourceRecordId = "7", CorrelationId = "c" },
        Kind = CustomerKind.Person,
        DisplayName = "Ada Lovelace",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        CompanyName = "Analytical Engines Ltd",
        Email = "ada@engines.example",
        Phone = "+442079460958",
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "12 St James's Square", City = "London", PostalCode = "SW1Y 4LB", CountryCode = "GB" }],
        VatId = "GB123456789",
        Status = CustomerStatus.Active,
        PreferredLanguage = "en-gb",
        CustomerCategory = "WHOLESALE",
        CreditLimit = new Money { Amount = 2500.5000m, Currency = "GBP" },
    };

    [Fact]
    public void Map_CustomerUpserted_ProducesEveryContactProperty()
    {
        var mapped = Fixtures.Mappings[CustomerToContactHandler.Mapping].Map(CrmCustomerRecord.Source(Customer()));

        var properties = CrmCustomerRecord.ToProperties(mapped.RecordOrThrow());

        properties.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["email"] = "ada@engines.example",
            ["firstname"] = "Ada",
            ["lastname"] = "Lovelace",
            ["company"] = "Analytical Engines Ltd",
            ["phone"] = "+442079460958",
            ["address"] = "12 St James's Square, London, SW1Y 4LB",
            ["country"] = "GB",
            ["vat_number"] = "GB123456789",
            ["company_type"] = "RESELLER",
            ["lifecyclestage"] = "customer",
            ["hs_language"] = "en-gb",
            ["credit_limit"] = "2500.50",
            ["currency"] = "GBP",
            ["hub_customer_id"] = "cust-42",
        });
    }

    [Fact]
    public void Map_UnknownStatusAndNoCreditLimit_LeavesThosePropertiesOut()
    {
        var customer = Customer();
        customer.Status = CustomerStatus.Unknown;
        customer.CreditLimit = null;

        var properties = CrmCustomerRecord.ToProperties(
            Fixtures.Mappings[CustomerToContactHandler.Mapping].Map(CrmCustomerRecord.Source(customer)).RecordOrThrow());

        properties.Should().NotContainKeys("lifecyclestage", "credit_limit", "currency");
    }

    [Fact]
    public void Map_WrittenContactReadBack_GivesTheSameCustomer()
    {
        var original = Customer();
        var properties = CrmCustomerRecord.ToProperties(
            Fixtures.Mappings[CustomerToContactHandler.Mapping].Map(CrmCustomerRecord.Source(original)).RecordOrThrow());
        var contact = new Api.CrmContact { Id = "900", Properties = properties };

        var back = CustomerUpsertedFactory.Create(Fixtures.Mappings[ContactInbound.Mapping].Map(contact.ToMappingSource()).RecordOrThrow(), original.Envelope);

        back.Should().BeEquivalentTo(original, o => o
            .Excluding(c => c.Schema)
            .Excluding(c => c.CustomerCategory)
            .Excluding(c => c.Addresses[0].Schema)
            .Excluding(c => c.CreditLimit!.Schema)
            .Excluding(c => c.Envelope));
        back.CustomerCategory.Should().Be("RESELLER", "the CRM has 5 company types, so WHOLESALE is written as RESELLER");
    }

    [Fact]
    public void Map_CustomerWithoutEmail_IsRejected()
    {
        var customer = Customer();
        customer.Email = null;

        var result = Fixtures.Mappings[CustomerToContactHandler.Mapping].Map(CrmCustomerRecord.Source(customer));

        result.IsRejected.Should().BeTrue();
        result.Rejections.Should().ContainSingle(r => r.Field == "email");
    }
}
