using System.Globalization;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Hub.Observability;

/// <summary>
/// Builds the sampler named by OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG (the values the OpenTelemetry
/// specification defines). Parsed here rather than left to the SDK so the behaviour is the same on every SDK
/// version and unknown values fail at start-up instead of being ignored.
/// </summary>
public static class TraceSamplerFactory
{
    /// <summary>Parent-based so a trace started by an upstream connector is never cut in the middle.</summary>
    public const string DefaultSampler = "parentbased_traceidratio";

    public static Sampler Create(IConfiguration configuration)
    {
        var name = configuration[ObservabilityEnvironment.TracesSampler];
        var arg = configuration[ObservabilityEnvironment.TracesSamplerArg];
        return Create(string.IsNullOrWhiteSpace(name) ? DefaultSampler : name.Trim(), arg);
    }

    public static Sampler Create(string name, string? arg) => name.ToLowerInvariant() switch
    {
        "always_on" => new AlwaysOnSampler(),
        "always_off" => new AlwaysOffSampler(),
        "traceidratio" => new TraceIdRatioBasedSampler(Ratio(arg)),
        "parentbased_always_on" => new ParentBasedSampler(new AlwaysOnSampler()),
        "parentbased_always_off" => new ParentBasedSampler(new AlwaysOffSampler()),
        "parentbased_traceidratio" => new ParentBasedSampler(new TraceIdRatioBasedSampler(Ratio(arg))),
        _ => throw new InvalidOperationException(
            $"{ObservabilityEnvironment.TracesSampler}='{name}' is not supported; use always_on, always_off, traceidratio, " +
            "parentbased_always_on, parentbased_always_off or parentbased_traceidratio."),
    };

    /// <summary>The specification's default ratio is 1.0 (sample everything) when the argument is missing.</summary>
    private static double Ratio(string? arg)
    {
        if (string.IsNullOrWhiteSpace(arg))
        {
            return 1.0;
        }

        if (double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var ratio) && ratio is >= 0 and <= 1)
        {
            return ratio;
        }

        throw new InvalidOperationException($"{ObservabilityEnvironment.TracesSamplerArg}='{arg}' must be a number between 0 and 1.");
    }
}
