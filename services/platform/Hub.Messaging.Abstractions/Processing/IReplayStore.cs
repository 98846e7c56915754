namespace Hub.Messaging.Processing;

/// <summary>Where replay requests wait for the instance that owns their partition (see docs/replay.md).</summary>
public interface IReplayStore
{
    Task RequestAsync(string group, ReplayRequest request);

    Task<IReadOnlyList<ReplayRequest>> PendingAsync(string group);

    Task<IReadOnlyList<ReplayRequest>> ActiveAsync(string group);

    Task<IReadOnlyList<ReplayRequest>> HistoryAsync(string group, int max = 50);

    /// <summary>Takes the pending request of a partition and bumps its replay epoch, once; null when there is none.</summary>
    Task<ReplayRequest?> ApplyAsync(string group, PartitionRef partition);

    Task CompleteAsync(string group, ReplayRequest active);
}
