using Hub.Messaging.Errors;
using Hub.Messaging.Kafka.Configuration;
using Hub.Messaging.Kafka.Pipeline;
using Hub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Hub.Messaging.Kafka.DependencyInjection;

internal static class HandlerPipelineServiceCollectionExtensions
{
    /// <summary>
    /// The subscription's "handler" pipeline, <c>handler:{subscription}</c> in <c>ResiliencePipelineProvider&lt;string&gt;</c>,
    /// and its retry budget (a keyed singleton: the invoker deposits into the budget the pipeline withdraws from).
    /// Built once, when the subscription's runtime first asks for it.
    /// </summary>
    public static IServiceCollection AddHandlerPipeline(this IServiceCollection services, string subscription)
    {
        services.AddResilienceSection();
        services.AddKeyedSingleton(subscription, (sp, _) => new RetryBudget(sp.GetSubscriptionOptions(subscription).Retry.BudgetRatio));
        return services.AddResiliencePipeline(ResiliencePipelineNames.HandlerFor(subscription), (builder, context) =>
        {
            var sp = context.ServiceProvider;
            ResilienceSection.EnsureValid(sp);
            HandlerResiliencePipeline.Configure(
                builder,
                sp.GetSubscriptionOptions(subscription),
                sp.GetRequiredKeyedService<RetryBudget>(subscription),
                sp.GetRequiredService<IErrorClassifier>(),
                sp.GetRequiredService<CircuitStates>());
        });
    }

    private static SubscriptionOptions GetSubscriptionOptions(this IServiceProvider services, string subscription) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<SubscriptionOptions>>().Get(subscription);
}
