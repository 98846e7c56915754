using Erp.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Mapping;

namespace Erp.Connector.UnitTests;

public class CustomerMappingTests
{
    private static readonly MappingCatalog Mappings = MappingCatalog.LoadDirectory(Fixture.Mappings());
    private static readonly IdentityConfiguration Identity = IdentityConfiguration.Load(Fixture.Contracts("ownership.yaml"));

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

    [Fact]
    public void RemoveFrom_CrmEvent_LeavesOutErpOwnedCreditLimit()
    {
        var owned = new ErpOwnedFields(Identity, Mappings);
        var mapped = Mappings[CustomerUpsertedHandler.MappingName].Map(CanonicalCustomerRecord.From(Customer())).RecordOrThrow();
        mapped.Should().ContainKey("credit_limit", "the mapping maps it; the ownership rules take it out");

        var removed = owned.RemoveFrom(mapped, "crm");

        owned.Targets.Should().BeEquivalentTo(["credit_limit"]);
        removed.Should().BeEquivalentTo(["credit_limit"]);
        mapped.Should().NotContainKey("credit_limit").And.ContainKey("phone");
    }

    [Fact]
    public void RemoveFrom_ErpItself_KeepsCreditLimit()
    {
        var owned = new ErpOwnedFields(Identity, Mappings);
        var values = new Dictionary<string, object?> { ["credit_limit"] = 10m };

        owned.RemoveFrom(values, "erp").Should().BeEmpty();

        values.Should().ContainKey("credit_limit");
    }
}
