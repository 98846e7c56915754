using Accounting.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Mapping;

namespace Accounting.Connector.UnitTests;

/// <summary>services/connectors/accounting/Accounting.Connector/Mapping/canonical-to-accounting.customer.mapping.yaml applied to canonical customers.</summary>
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
        var contact = ContactMapper.ToContact(Mapper.Map(CanonicalCustomerRecord.From(Customer())), existingContactId: null, write: _ => true);

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
    public void ToContact_ExistingContactWithoutTaxNumberAndAddress_LeavesThemOutSoXeroKeepsThem()
    {
        var id = Guid.NewGuid();

        var contact = ContactMapper.ToContact(Mapper.Map(CanonicalCustomerRecord.From(Customer())), id, write: t => t != "TaxNumber" && !t.StartsWith("Address.", StringComparison.Ordinal));

        contact.ContactID.Should().Be(id);
        contact.TaxNumber.Should().BeNull("ownership withheld it; a null field is not sent, so Xero keeps its value");
        contact.Addresses.Should().BeNull();
        contact.Name.Should().Be("Ada Lovelace");
    }

    [Fact]
    public void ToContact_OnlyNameWritten_CarriesNameAndContactNumberAlone()
    {
        var contact = ContactMapper.ToContact(Mapper.Map(CanonicalCustomerRecord.From(Customer())), Guid.NewGuid(), write: t => t == "Name");

        contact.Should().BeEquivalentTo(new { Name = "Ada Lovelace", ContactNumber = "cust-7", TaxNumber = (string?)null, EmailAddress = (string?)null, Phones = (object?)null, Addresses = (object?)null });
    }

    [Fact]
    public void ContactValues_OfAMappedContact_EqualTheMappedText()
    {
        var record = Mapper.Map(CanonicalCustomerRecord.From(Customer()));

        ContactValues.Of(ContactMapper.ToContact(record, null, _ => true)).Where(p => p.Value is not null)
            .Should().BeEquivalentTo(MappedValues.AsText(record), "a contact Xero holds as written shows no change");
    }

    [Fact]
    public void Map_InvalidEmail_RejectedWithTheMappingsReason()
    {
        var customer = Customer();
        customer.Email = "not-an-email";

        var act = () => Mapper.Map(CanonicalCustomerRecord.From(customer));

        act.Should().Throw<MappingRejectedException>().Which.Message.Should().Contain("EmailAddress");
    }
}
