using System.Text;
using Hub.Connectors.Hosting;
using Hub.Messaging;
using Hub.Messaging.Errors;

namespace Hub.Connectors.Webhooks.UnitTests.Support;

/// <summary>Does what each item's action says, and remembers every call.</summary>
internal sealed class ScriptedHandler : IWebhookItemHandler<TestItem>
{
    public List<IReadOnlyList<TestItem>> Calls { get; } = [];

    /// <summary>How many of the next calls fail with the item's throw action; afterwards the item is published.</summary>
    public int Failures { get; set; } = int.MaxValue;

    /// <summary>The sender, who hangs up during a "throw-cancelled" item.</summary>
    public CancellationTokenSource? Sender { get; set; }

    public Task<WebhookOutcome> HandleAsync(IReadOnlyList<TestItem> items, CancellationToken cancellationToken)
    {
        Calls.Add(items);
        var item = items[0];
        if (item.Action.StartsWith("throw", StringComparison.Ordinal) && Failures-- > 0)
        {
            if (item.Action == "throw-cancelled")
            {
                Sender?.Cancel();
            }

            throw item.Action switch
            {
                "throw-transient" => new TransientEventException("the system is down") { RetryAfter = TimeSpan.FromSeconds(30) },
                "throw-publish" => new PublishException("canonical.things", "broker unreachable"),
                "throw-cancelled" => new OperationCanceledException(cancellationToken),
                "throw-timeout" => new TaskCanceledException("the system's answer timed out"),
                _ => new InvalidOperationException("a bug"),
            };
        }

        return Task.FromResult(item.Action switch
        {
            "reject" => WebhookOutcome.Rejected(new RejectedRecord(
                item.Subject, "test.thing", Encoding.UTF8.GetBytes(item.Subject), $"event-{item.Id}",
                new PermanentEventException("mapping-rejected", $"{item.Subject}: record rejected: name [required]"))),
            "skip" => WebhookOutcome.Ignored("skipped"),
            _ => WebhookOutcome.Published,
        });
    }
}
