using Erp.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;

namespace Erp.Connector.UnitTests;

public class CustomerMappingTests
{
    public static readonly MappingCatalog Mappings = MappingCatalog.LoadDirectory(Fixture.Mappings());

    public static CustomerUpserted Customer() => new()
    {
        Envelope = new Envelope
        {
            EventId = Guid.NewGuid(), EntityId = "cust-42", SourceSystem = "crm", SourceRecordId = "501", OccurredAt = DateTimeOffset.UnixEpoch,
            CorrelationId = "corr", SchemaVersion = CustomerUpserted.ContractVersion,
        },
        Kind = CustomerKind.Organization,
        DisplayName = "Lovelace Analytical Engines Ltd",
        Email = "ada@example.org",
        Phone = "+442079460000",
        Addresses = [new Address { Kind = AddressKind.Billing, Line1 = "1 Main St", City = "Berlin", PostalCode = "10115", CountryCode = "de" }],
        Status = CustomerStatus.Active,
        PreferredLanguage = "de-DE",
        CustomerCategory = "KEY_ACCOUNT",
        CreditLimit = new Money { Amount = 5000m, Currency = "GBP" },
    };

    [Fact]
    public void Map_V3Customer_GivesPartnerFieldsTheErpLooksUp()
    {
        var mapped = Mappings[CustomerUpsertedHandler.MappingName].Map(CanonicalCustomerRecord.From(Customer())).RecordOrThrow();

        mapped["name"].Should().Be("Lovelace Analytical Engines Ltd");
        mapped["company_type"].Should().Be("company");
        mapped["category"].Should().Be("Key Account");
        mapped["lang"].Should().Be("de_DE");
        mapped["country_code"].Should().Be("DE");
        mapped["phone"].Should().Be("+442079460000");
        mapped["zip"].Should().Be("10115");
        mapped["active"].Should().Be("true");
    }

    [Fact]
    public void Map_UnknownCategory_IsRejected()
    {
        var customer = Customer();
        customer.CustomerCategory = "MARTIAN";

        var result = Mappings[CustomerUpsertedHandler.MappingName].Map(CanonicalCustomerRecord.From(customer));

        result.IsRejected.Should().BeTrue();
        result.Invoking(r => r.RecordOrThrow()).Should().Throw<MappingRejectedException>();
    }
}
