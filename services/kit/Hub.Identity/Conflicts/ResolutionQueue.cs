namespace Hub.Identity;

/// <summary>
/// The manual resolution queue: a conflict is stored in Redis first (so it is listed even if publishing fails and
/// must be retried), then announced on <c>hub.conflicts</c>. Decisions go through <see cref="ConflictStore"/>.
/// </summary>
public sealed class ResolutionQueue(ConflictStore store, IConflictPublisher publisher)
{
    public ConflictStore Store { get; } = store;

    public async Task SubmitAsync(ConflictRecord conflict, CancellationToken cancellationToken = default)
    {
        await Store.RecordAsync(conflict).ConfigureAwait(false);
        await publisher.PublishAsync(conflict, cancellationToken).ConfigureAwait(false);
    }
}
