namespace Hub.Messaging;

/// <summary>
/// Writes <see cref="InboundDeadLetter"/>s, so connector code quarantines what it could not map without building
/// broker messages or dead-letter headers itself.
/// </summary>
public interface IInboundDeadLetterPublisher
{
    /// <summary>Completes when the broker acknowledged the write; faults with <see cref="PublishException"/> otherwise.</summary>
    Task PublishAsync(InboundDeadLetter deadLetter, CancellationToken cancellationToken = default);
}
