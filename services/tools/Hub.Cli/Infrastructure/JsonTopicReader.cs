using System.Text.Json;

namespace Hub.Cli.Infrastructure;

/// <summary>
/// Reads a topic of JSON records (the write journal, the traffic capture) from its oldest kept message to its end as
/// of now; messages that are not <typeparamref name="T"/> are counted, not thrown on, so one bad message does not hide
/// the rest.
/// </summary>
public static class JsonTopicReader
{
    /// <param name="missing">What to say when the topic does not exist (the command cannot answer without it).</param>
    public static (List<T> Items, int Unreadable) Read<T>(CliContext context, string topic, JsonSerializerOptions options, string missing, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Kafka.TopicExists(topic))
        {
            throw CliException.Failed($"{topic} does not exist on {context.Kafka.Bootstrap}: {missing}");
        }

        var ranges = context.Kafka.Partitions(topic).Select(p =>
        {
            var marks = context.Kafka.Watermarks(topic, p);
            return new OffsetRange(topic, p, marks.Low.Value, marks.High.Value);
        }).ToList();
        var items = new List<T>();
        var unreadable = 0;
        foreach (var message in context.Kafka.Read(ranges, null, cancellationToken))
        {
            try
            {
                if (message.Message.Value is { } value && JsonSerializer.Deserialize<T>(value, options) is { } item)
                {
                    items.Add(item);
                    continue;
                }
            }
            catch (JsonException)
            {
            }

            unreadable++;
        }

        return (items, unreadable);
    }
}
