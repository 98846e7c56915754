using Polly;
using Polly.Retry;

namespace Hub.Resilience;

public static class ResiliencePipelineExtensions
{
    private static readonly ResiliencePropertyKey<RetryNotification> OnRetryKey = new("Hub.Resilience.OnRetry");

    /// <summary>
    /// Runs <paramref name="operation"/> in <paramref name="pipeline"/> and calls <paramref name="onRetry"/> before
    /// each of this execution's waits. The pipeline is shared; the notification travels in this execution's context.
    /// </summary>
    public static async ValueTask<T> ExecuteAsync<T>(this ResiliencePipeline pipeline, Func<CancellationToken, ValueTask<T>> operation, RetryNotification onRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(OnRetryKey, onRetry);
        try
        {
            return await pipeline.ExecuteAsync(static (ctx, op) => op(ctx.CancellationToken), context, operation).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The retry strategy's OnRetry: passes the retry on to the execution's <see cref="RetryNotification"/>, if any.</summary>
    internal static ValueTask NotifyAsync<T>(OnRetryArguments<T> args) =>
        args.Outcome.Exception is { } error && args.Context.Properties.TryGetValue(OnRetryKey, out var onRetry)
            ? onRetry(error, args.AttemptNumber + 1, args.RetryDelay)
            : ValueTask.CompletedTask;
}
