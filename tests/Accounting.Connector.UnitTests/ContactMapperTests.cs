using Accounting.Connector.Outbound;
using Hub.Contracts;
using Hub.Mapping;

namespace Accounting.Connector.UnitTests;

/// <summary>services/Accounting.Connector/Mapping/canonical-to-accounting.customer.mapping.yaml applied to canonical customers.</summary>
public sealed class ContactMapperTests
{
    private static readonly ContactMapper Mapper = new(MappingCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "Mapping")));

    private static CustomerUpserted Customer() => new()
    {
        Envelope = new Envelope { EntityId = "cust-7", EventId = Guid.NewGuid(), SourceSystem = "crm", SourceRecordId = "501", CorrelationId = "c", SchemaVersion = 3 },
        Kind = CustomerKind.Person,
        DisplayName = "Ada Lovelace",
        GivenName = "Ada",
        FamilyName = "Lovelace",
        Email = " Ada@Example.org ",
        Phone = "+4930123456",
        VatId = "de123456789",
        Status = CustomerStatus.Blocked,
        Addresses =
        [
            new Address { Kind = AddressKind.Shipping, Line1 = "Dock 4", City = "Hamburg", CountryCode = "DE" },
            new Address { Kind = AddressKind.Billing, Line1 = "1 Main St", Line2 = "Floor 2", PostalCode = "10115", City = "Berlin", CountryCode = "de" },
        ],
    };

    [Fact]
    public void Map_NewContact_EveryFieldMappedAndVatSeeded()
    {
        var contact = Mapper.Map(Customer(), existingContactId: null, includeTaxNumber: true);

        contact.ContactID.Should().BeNull();
        contact.ContactNumber.Should().Be("cust-7");
        contact.Name.Should().Be("Ada Lovelace");
        contact.FirstName.Should().Be("Ada");
        contact.LastName.Should().Be("Lovelace");
        contact.EmailAddress.Should().Be("ada@example.org");
        contact.TaxNumber.Should().Be("DE123456789");
        contact.ContactStatus.Should().Be("ARCHIVED", "blocked customers are archived contacts");
        contact.Phones!.Single().Should().BeEquivalentTo(new { PhoneType = "DEFAULT", PhoneNumber = "+4930123456" });
        contact.Addresses!.Single().Should().BeEquivalentTo(new
        {
            AddressType = "POBOX",
            AddressLine1 = "1 Main St",
            AddressLine2 = "Floor 2",
            PostalCode = "10115",
            City = "Berlin",
            Country = "DE",
        });
    }

    [Fact]
    public void Map_ExistingContact_KeepsAccountingsVatId()
    {
        var id = Guid.NewGuid();

        var contact = Mapper.Map(Customer(), id, includeTaxNumber: false);

        contact.ContactID.Should().Be(id);
        contact.TaxNumber.Should().BeNull("accounting owns vatId; a null field is not sent, so Xero keeps its value");
    }

    [Fact]
    public void Map_InvalidEmail_RejectedWithTheMappingsReason()
    {
        var customer = Customer();
        customer.Email = "not-an-email";

        var act = () => Mapper.Map(customer, null, includeTaxNumber: true);

        act.Should().Throw<MappingRejectedException>().Which.Message.Should().Contain("EmailAddress");
    }
}
