using Crm.Connector.Outbound;
using Hub.Connectors.Hosting;
using Hub.Contracts;

namespace Crm.Connector.UnitTests;

/// <summary>The CRM mapping as the kit's ownership reads it: which canonical field each contact property carries.</summary>
public class ContactOwnershipTests
{
    private static IReadOnlyDictionary<string, string> FieldOf => TargetFields.Of(
        Fixtures.Mappings[CustomerToContactHandler.Mapping].Definition,
        CrmCustomerRecord.Source(new CustomerUpserted { Envelope = new Envelope { EntityId = "cust-1", SourceSystem = "erp" } }));

    [Fact]
    public void TargetFieldsOf_OutboundMapping_NamesTheCanonicalFieldOfEachProperty()
    {
        FieldOf["firstname"].Should().Be("givenName");
        FieldOf["address"].Should().Be("billingAddress");
        FieldOf["country"].Should().Be("billingAddress");
        FieldOf["credit_limit"].Should().Be("creditLimit");
        FieldOf["currency"].Should().Be("creditLimit");
    }

    [Fact]
    public void TargetFieldsOf_OutboundMapping_CustomerIdIsIdentityNotAnOwnedField()
    {
        FieldOf.Should().NotContainKey("hub_customer_id");
    }
}
