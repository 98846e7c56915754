using System.Net;
using Hub.SchemaRegistry.IntegrationTests.Infrastructure;
using Hub.Testing;
using static Hub.SchemaRegistry.IntegrationTests.Infrastructure.TestSchemaTexts;

namespace Hub.SchemaRegistry.IntegrationTests.Kafka;

[Collection(KafkaCollection.Name)]
public class KafkaStoreTests(StackFixture stack)
{
    [Fact]
    public async Task Restart_SameTopic_RecoversIdsVersionsConfigAndDeletes()
    {
        var topic = await NewTopicAsync();
        int customerV1, customerV2, order;
        await using (var first = RegistryProcess.Start(stack.BootstrapServers, topic))
        {
            await first.WaitUntilReadyAsync();
            customerV1 = await first.Client.RegisterAsync("customers-value", V1);
            customerV2 = await first.Client.RegisterAsync("customers-value", V2);
            order = await first.Client.RegisterAsync("orders-value", Order);
            await first.Client.RegisterAsync("copy-value", V1);
            (await first.Client.PutAsync("/config/customers-value", new { compatibility = "FULL" })).Status.Should().Be(HttpStatusCode.OK);
            (await first.Client.PutAsync("/config", new { compatibility = "FORWARD" })).Status.Should().Be(HttpStatusCode.OK);
            (await first.Client.DeleteAsync("/subjects/orders-value")).Text.Should().Be("[1]");
            await first.StopAsync();
        }

        await using var second = RegistryProcess.Start(stack.BootstrapServers, topic);
        await second.WaitUntilReadyAsync();

        (await second.Client.GetAsync("/subjects")).Text.Should().Be("""["copy-value","customers-value"]""");
        (await second.Client.GetAsync("/subjects?deleted=true")).Text.Should().Be("""["copy-value","customers-value","orders-value"]""");
        (await second.Client.GetAsync("/subjects/customers-value/versions")).Text.Should().Be("[1,2]");
        (await second.Client.GetAsync("/subjects/customers-value/versions/2")).Json!["id"]!.GetValue<int>().Should().Be(customerV2);
        (await second.Client.GetAsync("/subjects/copy-value/versions/1")).Json!["id"]!.GetValue<int>().Should().Be(customerV1);
        (await second.Client.GetAsync($"/schemas/ids/{order}")).Json!["schema"]!.GetValue<string>().Should().Be(Order);
        (await second.Client.GetAsync("/config/customers-value")).Text.Should().Be("""{"compatibilityLevel":"FULL"}""");
        (await second.Client.GetAsync("/config")).Text.Should().Be("""{"compatibilityLevel":"FORWARD"}""");
        (await second.Client.RegisterAsync("customers-value", V1Reformatted)).Should().Be(customerV1, "re-registering must not create a version");
        (await second.Client.RegisterAsync("fresh-value", """{"type":"enum","name":"E","symbols":["A"]}""")).Should().Be(order + 1);
    }

    [Fact]
    public async Task RegisterSchema_SameSchemaTwiceOnKafka_ReturnsSameIdAndOneVersion()
    {
        await using var registry = RegistryProcess.Start(stack.BootstrapServers, await NewTopicAsync());
        await registry.WaitUntilReadyAsync();

        var first = await registry.Client.RegisterAsync("s", V1);
        var second = await registry.Client.RegisterAsync("s", V1);

        second.Should().Be(first);
        (await registry.Client.GetAsync("/subjects/s/versions")).Text.Should().Be("[1]");
    }

    [Fact]
    public async Task RegisterSchema_IncompatibleOnKafka_Returns409()
    {
        await using var registry = RegistryProcess.Start(stack.BootstrapServers, await NewTopicAsync());
        await registry.WaitUntilReadyAsync();
        await registry.Client.RegisterAsync("s", V1);

        var response = await registry.Client.PostAsync("/subjects/s/versions", new { schema = RequiredEmail });

        response.Status.Should().Be(HttpStatusCode.Conflict);
        response.Message.Should().Contain("email");
    }

    [Fact]
    public async Task Start_KafkaUnreachable_NotReadyAnswers50003AndLogsBootstrap()
    {
        const string nowhere = "127.0.0.1:1";
        await using var registry = RegistryProcess.Start(nowhere, "_schemas", new Dictionary<string, string>
        {
            ["SchemaRegistry__InitTimeout"] = "00:00:02",
        });

        await registry.WaitUntilListeningAsync();
        await Eventually.UntilAsync(() => registry.Output.Contains(nowhere, StringComparison.Ordinal), "a log line naming the bootstrap servers",
            cancellationToken: TestContext.Current.CancellationToken);
        (await registry.IsReadyAsync()).Should().BeFalse();
        var response = await registry.Client.GetAsync("/subjects");
        response.Status.Should().Be(HttpStatusCode.InternalServerError);
        response.ErrorCode.Should().Be(50003);
        response.Message.Should().Contain(nowhere);
    }

    private async Task<string> NewTopicAsync()
    {
        var topic = stack.UniqueName("_schemas-test");
        await stack.CreateTopicAsync(topic, 1);
        return topic;
    }
}
