using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Hub.Messaging;

namespace Hub.Cli.Dlq;

/// <summary>
/// The message `hub dlq replay` sends to &lt;group&gt;.retry (docs/replay.md): original key, value and headers without
/// the error headers, attempt count 0, due now, and hub-replay-of naming the dead letter, on which the retry worker
/// deduplicates so running the same replay twice handles the event once.
/// </summary>
public static class DeadLetterCopy
{
    public static string TargetTopic(DeadLetter letter) =>
        $"{letter.Group ?? throw new InvalidOperationException($"{letter.Ref} names no consumer group")}.retry";

    public static Message<byte[]?, byte[]?> Create(DeadLetter letter, DateTimeOffset now)
    {
        var headers = new Headers();
        foreach (var header in letter.Message.Headers ?? [])
        {
            if (header.Key.StartsWith("hub-error-", StringComparison.Ordinal)
                || header.Key is EventHeaders.AttemptCount or EventHeaders.NotBefore or EventHeaders.ReplayOf)
            {
                continue;
            }

            headers.Add(header.Key, header.GetValueBytes());
        }

        headers.Add(EventHeaders.AttemptCount, Encoding.UTF8.GetBytes("0"));
        headers.Add(EventHeaders.NotBefore, Encoding.UTF8.GetBytes(now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));
        headers.Add(EventHeaders.ReplayOf, Encoding.UTF8.GetBytes(letter.Ref));
        return new Message<byte[]?, byte[]?> { Key = letter.Message.Key, Value = letter.Message.Value, Headers = headers };
    }
}
