using Hub.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace Microsoft.Extensions.DependencyInjection;

public static class ResilienceServiceCollectionExtensions
{
    /// <summary>
    /// A retry pipeline named <paramref name="name"/> in <c>ResiliencePipelineProvider&lt;string&gt;</c>, retrying the
    /// exceptions <paramref name="shouldRetry"/> accepts (never after the caller cancelled) with the delays and budget
    /// of <paramref name="defaults"/> overridden by <c>Resilience:{name}</c> (of <paramref name="configuration"/>, else
    /// the container's). Registering a name twice keeps the first.
    /// </summary>
    public static IServiceCollection AddRetryPipeline(this IServiceCollection services, string name, RetryPipelineOptions defaults, Func<Exception, bool> shouldRetry, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(shouldRetry);
        if (!services.AddRetryPipelineOptions(name, defaults, configuration))
        {
            return services;
        }

        return services.AddResiliencePipeline(name, (builder, context) =>
        {
            ResilienceSection.EnsureValid(context.ServiceProvider);
            var options = context.GetOptions<RetryPipelineOptions>(name);
            if (options.MaxRetryAttempts != 0)
            {
                builder.AddRetry(new()
                {
                    MaxRetryAttempts = options.MaxRetryAttempts ?? int.MaxValue,
                    Delay = options.Delay,
                    MaxDelay = options.MaxDelay,
                    BackoffType = options.BackoffType,
                    UseJitter = options.UseJitter,
                    ShouldHandle = args => ValueTask.FromResult(
                        args.Outcome.Exception is { } error && !args.Context.CancellationToken.IsCancellationRequested && shouldRetry(error)),
                    OnRetry = ResiliencePipelineExtensions.NotifyAsync,
                });
            }
        });
    }

    /// <summary>
    /// Only the options of a retry pipeline (named <paramref name="name"/>, <paramref name="defaults"/> then
    /// <c>Resilience:{name}</c>, validated on start), for pipelines built elsewhere (the HttpClient's). False when
    /// the name was registered already.
    /// </summary>
    public static bool AddRetryPipelineOptions(this IServiceCollection services, string name, RetryPipelineOptions defaults, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (services.Any(d => d.ServiceType == typeof(RegisteredRetryPipeline) && ((RegisteredRetryPipeline?)d.ImplementationInstance)?.Name == name))
        {
            return false;
        }

        services.AddSingleton(new RegisteredRetryPipeline(name));
        services.AddResilienceSection();
        var builder = services.AddOptions<RetryPipelineOptions>(name)
            .Configure<IServiceProvider>((options, provider) =>
            {
                Apply(defaults, options);
                (configuration ?? provider.GetService<IConfiguration>())?.GetSection(ResiliencePipelineNames.SectionOf(name)).Bind(options, b => b.ErrorOnUnknownConfiguration = true);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Whether a pipeline retries until stopped is its user's contract, not a setting: a null from configuration
        // must not turn a bounded pipeline into an endless one, nor a number end one its user relies on.
        builder.Validate(
            o => (o.MaxRetryAttempts is null) == (defaults.MaxRetryAttempts is null),
            defaults.MaxRetryAttempts is null
                ? $"{ResiliencePipelineNames.SectionOf(name)}:MaxRetryAttempts cannot be set: this pipeline retries until its caller stops (docs/reliability.md, \"Resilience pipelines\")."
                : $"{ResiliencePipelineNames.SectionOf(name)}:MaxRetryAttempts must be a number (0 tries once).");

        return true;
    }

    /// <summary>
    /// What every pipeline shares: the start-up check of the <c>Resilience</c> section's names, and Polly's
    /// per-attempt events logged at Debug (the platform logs failures itself; Polly would log every handled message).
    /// </summary>
    public static IServiceCollection AddResilienceSection(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<ResilienceSection>)))
        {
            return services;
        }

        services.AddOptions<ResilienceSection>()
            .Configure<IServiceProvider>((section, provider) => section.Read(provider.GetService<IConfiguration>()))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResilienceSection>, ResilienceSectionValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<TelemetryOptions>, QuietAttemptTelemetry>());
        return services;
    }

    private static void Apply(RetryPipelineOptions from, RetryPipelineOptions to)
    {
        to.MaxRetryAttempts = from.MaxRetryAttempts;
        to.Delay = from.Delay;
        to.MaxDelay = from.MaxDelay;
        to.BackoffType = from.BackoffType;
        to.UseJitter = from.UseJitter;
    }

    private sealed record RegisteredRetryPipeline(string Name);
}
