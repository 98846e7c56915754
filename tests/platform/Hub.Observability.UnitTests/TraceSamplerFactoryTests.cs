using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Hub.Observability.UnitTests;

public sealed class TraceSamplerFactoryTests
{
    [Theory]
    [InlineData("always_on", null, typeof(AlwaysOnSampler))]
    [InlineData("always_off", null, typeof(AlwaysOffSampler))]
    [InlineData("traceidratio", "0.25", typeof(TraceIdRatioBasedSampler))]
    [InlineData("parentbased_always_on", null, typeof(ParentBasedSampler))]
    [InlineData("PARENTBASED_TRACEIDRATIO", "0.5", typeof(ParentBasedSampler))]
    public void Create_SpecificationName_BuildsThatSampler(string name, string? arg, Type expected)
    {
        TraceSamplerFactory.Create(name, arg).Should().BeOfType(expected);
    }

    [Fact]
    public void Create_NothingConfigured_ParentBasedRatioSamplingEverything()
    {
        var sampler = TraceSamplerFactory.Create(new ConfigurationBuilder().Build());

        sampler.Should().BeOfType<ParentBasedSampler>();
        sampler.ShouldSample(RootSpan()).Decision.Should().Be(SamplingDecision.RecordAndSample, "the specification's default ratio is 1.0");
    }

    [Fact]
    public void Create_RatioZeroFromConfiguration_DropsRootSpans()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ObservabilityEnvironment.TracesSampler] = "parentbased_traceidratio",
            [ObservabilityEnvironment.TracesSamplerArg] = "0",
        }).Build();

        TraceSamplerFactory.Create(configuration).ShouldSample(RootSpan()).Decision.Should().Be(SamplingDecision.Drop);
    }

    [Theory]
    [InlineData("sometimes", null, "*OTEL_TRACES_SAMPLER='sometimes'*")]
    [InlineData("traceidratio", "1.5", "*OTEL_TRACES_SAMPLER_ARG='1.5'*")]
    [InlineData("traceidratio", "half", "*between 0 and 1*")]
    public void Create_InvalidSetting_FailsAtStartupNamingIt(string name, string? arg, string message)
    {
        var create = () => TraceSamplerFactory.Create(name, arg);

        create.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    private static SamplingParameters RootSpan() =>
        new(default, ActivityTraceId.CreateRandom(), "root", ActivityKind.Server);
}
