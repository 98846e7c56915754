using Hub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Hub.Connectors.Hosting;

/// <summary>
/// The "external-api" pipeline inside every external API's HttpClient (Microsoft.Extensions.Http.Resilience, one
/// instance per API), from <c>Resilience:external-api</c>. Off by default (<see cref="RetryPipelineDefaults.ExternalApi"/>):
/// the handler pipeline retries whole handler calls. Switched on, it retries what <see cref="HttpStatusErrors"/> calls
/// temporary by status (no answer, 408, 425, 429, 5xx), waiting a Retry-After when the system sent one; an answer
/// whose Retry-After is longer than MaxDelay goes back to the caller at once, like a failed last try, so the retry
/// topic waits instead of the call.
/// </summary>
public static class ExternalApiResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(context);
        var services = context.ServiceProvider;
        ResilienceSection.EnsureValid(services);
        var options = services.GetRequiredService<IOptionsMonitor<RetryPipelineOptions>>().Get(ResiliencePipelineNames.ExternalApi);
        if ((options.MaxRetryAttempts ?? 0) == 0)
        {
            return;
        }

        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetryAttempts!.Value,
            Delay = options.Delay,
            MaxDelay = options.MaxDelay,
            BackoffType = options.BackoffType,
            UseJitter = options.UseJitter,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(!args.Context.CancellationToken.IsCancellationRequested && IsWorthRetrying(args.Outcome, options.MaxDelay, time)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } answer ? RetryAfterHeader.Read(answer.Headers, time) : null),
        });
    }

    private static bool IsWorthRetrying(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay, TimeProvider time) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Result: { } answer } => HttpStatusErrors.IsTemporary(answer.StatusCode) && !(RetryAfterHeader.Read(answer.Headers, time) > maxDelay),
        _ => false,
    };
}
