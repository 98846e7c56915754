namespace Crm.Connector.UnitTests;

public class HubSpotEventTests
{
    [Fact]
    public void Deserialize_DocumentedExamplePayload_ReadsEveryField()
    {
        var events = Fixtures.Events("hubspot-webhook-example.json");

        events.Should().HaveCount(2);
        var change = events[0];
        change.ObjectId.Should().Be(1246965);
        change.EventId.Should().Be(3816279340);
        change.SubscriptionId.Should().Be(25);
        change.PortalId.Should().Be(33);
        change.AppId.Should().Be(1160452);
        change.OccurredAt.Should().Be(1462216307945);
        change.SubscriptionType.Should().Be("contact.propertyChange");
        change.PropertyName.Should().Be("lifecyclestage");
        change.PropertyValue.Should().Be("subscriber");
        change.ChangeSource.Should().Be("ACADEMY");
        change.AttemptNumber.Should().Be(0);
        events[1].SubscriptionType.Should().Be("contact.creation");
        events[1].PropertyName.Should().BeNull();
    }

    [Fact]
    public void DeliveryId_DocumentedExamplePayload_IsPerObjectAndEvent()
    {
        var events = Fixtures.Events("hubspot-webhook-example.json");

        events.Select(e => e.DeliveryId).Should().Equal("1246965:3816279340", "1246978:3816279480");
        events.Should().OnlyContain(e => e.IsContactEvent);
    }
}
