using Hub.Messaging;

namespace Hub.Connectors.Hosting.UnitTests;

/// <summary>The broker as the kit's quarantine sees it: keeps what it is given, or refuses the next writes.</summary>
internal sealed class RecordingDeadLetters : IInboundDeadLetterPublisher
{
    public List<InboundDeadLetter> Published { get; } = [];

    /// <summary>How many of the next writes fail with <see cref="PublishException"/>.</summary>
    public int Refuse { get; set; }

    public Task PublishAsync(InboundDeadLetter deadLetter, CancellationToken cancellationToken = default)
    {
        if (Refuse > 0)
        {
            Refuse--;
            throw new PublishException(deadLetter.Topic, "broker unreachable");
        }

        Published.Add(deadLetter);
        return Task.CompletedTask;
    }
}
