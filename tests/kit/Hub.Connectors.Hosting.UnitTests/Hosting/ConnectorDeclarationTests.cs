using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting.UnitTests.Hosting;

public sealed class ConnectorDeclarationTests
{
    [Fact]
    public void Intake_Worker_RegisteredAsHostedServiceAfterItsServices()
    {
        var builder = Builder();

        builder.AddConnector(acme => acme.Intake<DropWorker>(services => services.AddSingleton<DropRules>()));

        var registrations = builder.Services.Select(d => d.ImplementationType).ToList();
        registrations.Should().Contain(typeof(DropRules));
        builder.Services.Should().ContainSingle(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DropWorker));
        registrations.IndexOf(typeof(DropRules)).Should().BeLessThan(registrations.IndexOf(typeof(DropWorker)));
    }

    [Fact]
    public void Quarantine_OptionsTopic_IsTheInboundQuarantineTopic()
    {
        var builder = Builder();
        builder.Services.Configure<AcmeOptions>(o => o.DeadLetters = "acme-connector.inbound.dlq");

        builder.AddConnector(acme => acme.Quarantine<AcmeOptions>(o => o.DeadLetters));

        using var provider = builder.Services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<InboundQuarantineOptions>>().Value.Topic.Should().Be("acme-connector.inbound.dlq");
        builder.Services.Should().Contain(d => d.ServiceType == typeof(InboundQuarantine));
    }

    private static WebApplicationBuilder Builder()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration["Connector:SourceSystem"] = "acme";
        return builder;
    }

    private sealed class AcmeOptions
    {
        public string DeadLetters { get; set; } = "";
    }

    private sealed class DropRules;

    private sealed class DropWorker(DropRules rules) : BackgroundService
    {
        public DropRules Rules { get; } = rules;

        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
