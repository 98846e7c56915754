namespace Hub.Identity;

/// <summary>Announces a conflict on the resolution topic.</summary>
public interface IConflictPublisher
{
    Task PublishAsync(ConflictRecord conflict, CancellationToken cancellationToken = default);
}
