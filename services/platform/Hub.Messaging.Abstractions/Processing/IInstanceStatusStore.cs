namespace Hub.Messaging.Processing;

/// <summary>Heartbeats of running instances per consumer group, so tools can show circuit states and ownership.</summary>
public interface IInstanceStatusStore
{
    Task ReportAsync(InstanceStatus status);

    Task<IReadOnlyList<InstanceStatus>> ListAsync(string group);

    /// <summary>Forgets one instance: a clean stop, or a gone instance older than <see cref="InstanceStatus.GoneMemory"/>.</summary>
    Task RemoveAsync(string group, string instance);
}
