using Hub.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Reconciler;

public static class ReconcilerServiceCollectionExtensions
{
    /// <summary>service.name, the meter's name and the Prometheus job ("reconciler").</summary>
    public const string ServiceName = "reconciler";

    /// <summary>The options (validated at start), the ownership rules, the run, its gauges, its schedule and its health check.</summary>
    public static IHostApplicationBuilder AddScheduledReconciliation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ReconcilerOptions>().BindConfiguration(ReconcilerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReconcilerOptions>, ReconcilerOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => IdentityConfiguration.Load(
            Path.Combine(AppContext.BaseDirectory, sp.GetRequiredService<IOptions<ReconcilerOptions>>().Value.OwnershipFile)));
        services.AddSingleton<ReconcileMetrics>();
        services.AddSingleton<ReconciliationRun>();
        services.AddHostedService<ReconcileSchedule>();
        services.AddHealthChecks().AddCheck<LastRunHealthCheck>(LastRunHealthCheck.Name, tags: ["ready"]);
        return builder;
    }
}
