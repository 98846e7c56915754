using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Kafka.Consuming;

/// <summary>
/// The life of one worker's consumer, shared by main and retry workers: health reporting, subscribe, run the loop,
/// and on the way out (stop or fault) finish in-flight work, commit what is stored and leave the group cleanly.
/// </summary>
internal static class ConsumerLoop
{
    public static async Task RunAsync<TEvent>(
        SubscriptionRuntime<TEvent> runtime,
        string name,
        string groupId,
        IEnumerable<string> topics,
        Action<IReadOnlyCollection<TopicPartition>> onRevoked,
        Func<IConsumer<byte[]?, byte[]?>, Task> loop,
        Func<IConsumer<byte[]?, byte[]?>, Task> beforeClose,
        CancellationToken stoppingToken)
        where TEvent : class, IIntegrationEvent
    {
        runtime.Health.Starting(name);
        using var consumer = await runtime.ConsumerFactory.CreateAsync(groupId, onRevoked, stoppingToken).ConfigureAwait(false);
        consumer.Subscribe(topics);
        runtime.Logger.LogInformation("{Name} consuming {Topics} as group {Group}", name, string.Join(",", topics), groupId);
        try
        {
            await loop(consumer).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            runtime.Health.Faulted(name, ex);
            runtime.Logger.LogCritical(ex, "{Name} stopped after an unexpected error; nothing past the last stored offset was acknowledged", name);
            throw;
        }
        finally
        {
            await beforeClose(consumer).ConfigureAwait(false);
            KafkaConsumerFactory.CommitStored(consumer, runtime.Logger);
            consumer.Close();
            runtime.ConsumerFactory.Released(groupId);
            runtime.Health.Stopped(name);
        }
    }
}
