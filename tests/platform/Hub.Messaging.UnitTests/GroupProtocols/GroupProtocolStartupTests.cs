using Hub.Messaging.Kafka.GroupProtocols;
using Hub.Messaging.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Messaging.UnitTests.GroupProtocols;

public sealed class GroupProtocolStartupTests
{
    [Fact]
    public void AddSubscription_BeforeAddKafkaMessaging_ProtocolChosenBeforeAnyWorkerStarts()
    {
        var services = new ServiceCollection();

        services.AddSubscription<TestEvent, ScriptedHandler>("orders");
        services.AddKafkaMessaging();

        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        hosted.Count(d => d.ImplementationType == typeof(GroupProtocolStartup)).Should().Be(1);
        hosted.FindIndex(d => d.ImplementationType == typeof(GroupProtocolStartup))
            .Should().BeLessThan(hosted.FindIndex(d => d.ImplementationFactory is not null), "hosted services start in registration order");
    }
}
