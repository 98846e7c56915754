using Crm.Connector.Inbound;
using Hub.Contracts;

namespace Crm.Connector.UnitTests;

public class InboundMappingTests
{
    private static readonly Envelope Envelope = new() { EventId = Guid.NewGuid(), EntityId = "cust-1", SourceSystem = "crm", SourceRecordId = "512", CorrelationId = "c" };

    [Fact]
    public void Map_PersonContactFromGb_MapsEveryFieldToCustomerUpserted()
    {
        var contact = Fixtures.Contact("contact-person-gb.json");

        var result = Fixtures.Mappings[ContactInbound.Mapping].Map(contact.ToMappingSource());
        var customer = CustomerUpsertedFactory.Create(result.Record, Envelope);

        result.IsRejected.Should().BeFalse(string.Join("; ", result.Issues));
        customer.Kind.Should().Be(CustomerKind.Person);
        customer.DisplayName.Should().Be("Bryan Cooper");
        customer.GivenName.Should().Be("Bryan");
        customer.FamilyName.Should().Be("Cooper");
        customer.CompanyName.Should().Be("Biglytics");
        customer.Email.Should().Be("bcooper@biglytics.net");
        customer.Phone.Should().Be("+442079460958");
        customer.Addresses.Should().ContainSingle().Which.Should().BeEquivalentTo(new Address
        {
            Kind = AddressKind.Billing, Line1 = "10 Downing Street", City = "London", PostalCode = "SW1A 2AA", CountryCode = "GB",
        }, o => o.Excluding(a => a.Schema));
        customer.VatId.Should().Be("GB123456789");
        customer.CustomerCategory.Should().Be("RESELLER", "a PARTNER in the UK is a reseller (context rule)");
        customer.Status.Should().Be(CustomerStatus.Active);
        customer.PreferredLanguage.Should().Be("en-gb");
        customer.CreditLimit.Should().NotBeNull();
        customer.CreditLimit!.Amount.Should().Be(5000.00m);
        customer.CreditLimit.Currency.Should().Be("GBP");
        customer.Envelope.Should().BeSameAs(Envelope);
    }

    /// <summary>HubSpot's answer: requested properties without a value as null, timestamps in UTC with milliseconds and Z.</summary>
    [Fact]
    public void Map_HubSpotAnswerWithNullPropertiesAndZTimestamps_ParsesAndMapsWhatIsSet()
    {
        var contact = Fixtures.Contact("contact-hubspot-nulls.json");

        var result = Fixtures.Mappings[ContactInbound.Mapping].Map(contact.ToMappingSource());
        var customer = CustomerUpsertedFactory.Create(result.Record, Envelope);

        contact.UpdatedAt.Should().Be(new DateTimeOffset(2026, 12, 7, 8, 24, 1, 456, TimeSpan.Zero));
        contact.CreatedAt.Should().Be(new DateTimeOffset(2026, 12, 7, 8, 22, 52, 123, TimeSpan.Zero));
        contact.Properties.Should().ContainKey("phone").WhoseValue.Should().BeNull();
        result.IsRejected.Should().BeFalse(string.Join("; ", result.Issues));
        result.Record["createdAt"].Should().Be(new DateTimeOffset(2026, 12, 7, 8, 22, 52, 123, TimeSpan.Zero));
        customer.DisplayName.Should().Be("Zoë Müller");
        customer.Kind.Should().Be(CustomerKind.Person);
        (customer.Phone, customer.CompanyName, customer.VatId, customer.CreditLimit).Should().Be((null, null, null, null));
        customer.Addresses.Should().BeEmpty();
        var withoutNulls = contact with { Properties = contact.Properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };
        var fromOmitted = Fixtures.Mappings[ContactInbound.Mapping].Map(withoutNulls.ToMappingSource());
        customer.Should().BeEquivalentTo(CustomerUpsertedFactory.Create(fromOmitted.Record, Envelope), "a property HubSpot returns as null reads as one it left out");
    }

    [Fact]
    public void Map_CompanyOnlyContactFromDe_IsOrganizationNamedAfterCompany()
    {
        var contact = Fixtures.Contact("contact-organization-de.json");

        var result = Fixtures.Mappings[ContactInbound.Mapping].Map(contact.ToMappingSource());
        var customer = CustomerUpsertedFactory.Create(result.Record, Envelope);

        result.IsRejected.Should().BeFalse(string.Join("; ", result.Issues));
        customer.Kind.Should().Be(CustomerKind.Organization);
        customer.DisplayName.Should().Be("Beispiel GmbH");
        customer.GivenName.Should().BeNull();
        customer.CustomerCategory.Should().Be("PUBLIC_SECTOR");
        customer.Addresses.Single().Should().BeEquivalentTo(new Address
        {
            Kind = AddressKind.Billing, Line1 = "Hauptstraße 5", City = "Berlin", PostalCode = "10115", CountryCode = "DE",
        }, o => o.Excluding(a => a.Schema));
        customer.VatId.Should().Be("DE123456789");
        customer.CreditLimit.Should().BeNull();
    }

    [Fact]
    public void Map_InvalidContact_IsRejectedWithEveryReason()
    {
        var contact = Fixtures.Contact("contact-invalid.json");

        var result = Fixtures.Mappings[ContactInbound.Mapping].Map(contact.ToMappingSource());

        result.IsRejected.Should().BeTrue();
        result.Rejections.Select(r => r.Field).Should().Contain(["email", "phone", "customerCategory"]);
    }

    [Fact]
    public void ToMappingSource_Contact_HasIdAndPropertiesAsTheApiReturnsThem()
    {
        var source = Fixtures.Contact("contact-person-gb.json").ToMappingSource();

        source["id"].Should().Be("512");
        source["properties"].Should().BeAssignableTo<IReadOnlyDictionary<string, object?>>()
            .Which["firstname"].Should().Be("Bryan");
    }
}
