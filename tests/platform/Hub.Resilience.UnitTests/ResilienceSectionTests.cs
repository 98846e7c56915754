using Hub.Resilience.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Hub.Resilience.UnitTests;

/// <summary>What the pipelines share: names, the section's shape, and clear failures for what is not there.</summary>
public sealed class ResilienceSectionTests
{
    [Fact]
    public void GetPipeline_UnknownName_FailsNamingIt()
    {
        using var provider = Build([]);

        var act = () => provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline("handler:no-such-subscription");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'handler:no-such-subscription'*");
    }

    [Fact]
    public void GetPipeline_MisspeltSection_FailsNamingItAndTheKnownPipelines()
    {
        using var provider = Build(new() { ["Resilience:depencency-outage:MaxDelay"] = "00:00:30" });

        var act = () => provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.DependencyOutage);

        act.Should().Throw<OptionsValidationException>()
            .WithMessage("*Resilience:depencency-outage names no resilience pipeline*handler, polling, dependency-outage, external-api, schema-registry*");
    }

    [Fact]
    public void GetPipeline_MisspeltKey_FailsNamingIt()
    {
        using var provider = Build(new() { ["Resilience:dependency-outage:MaxDelai"] = "00:00:30" });

        var act = () => provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.DependencyOutage);

        act.Should().Throw<InvalidOperationException>().WithMessage("*MaxDelai*");
    }

    [Fact]
    public void GetPipeline_AttemptsOnAPipelineThatRetriesUntilStopped_FailsSayingWhy()
    {
        using var provider = Build(new() { ["Resilience:dependency-outage:MaxRetryAttempts"] = "3" });

        var act = () => provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.DependencyOutage);

        act.Should().Throw<OptionsValidationException>().WithMessage("*MaxRetryAttempts cannot be set*retries until its caller stops*");
    }

    [Fact]
    public void Options_NullAttemptsOnABoundedPipeline_FailsInsteadOfRetryingForever()
    {
        var (services, _, _) = TestServices.Create();
        services.AddRetryPipeline("bounded", new RetryPipelineOptions { MaxRetryAttempts = 2 }, _ => true);
        services.Configure<RetryPipelineOptions>("bounded", o => o.MaxRetryAttempts = null);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptionsMonitor<RetryPipelineOptions>>().Get("bounded");

        act.Should().Throw<OptionsValidationException>().WithMessage("*Resilience:bounded:MaxRetryAttempts must be a number*");
    }

    [Fact]
    public void GetPipeline_DelayLongerThanMaxDelay_Fails()
    {
        using var provider = Build(new() { ["Resilience:dependency-outage:Delay"] = "00:01:00" });

        var act = () => provider.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(ResiliencePipelineNames.DependencyOutage);

        act.Should().Throw<OptionsValidationException>().WithMessage("*MaxDelay*");
    }

    [Fact]
    public void Validate_MisspeltSection_StartupValidationFails()
    {
        using var provider = Build(new() { ["Resilience:handlers:Retry:InProcessAttempts"] = "1" });

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().WithMessage("*Resilience:handlers names no resilience pipeline*");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var (services, _, _) = TestServices.Create(settings);
        services.AddKafkaMessaging();
        return services.BuildServiceProvider();
    }
}
