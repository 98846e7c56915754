namespace Hub.Messaging.Processing;

/// <summary>Heartbeats of running instances per consumer group, so tools can show circuit states and ownership.</summary>
public interface IInstanceStatusStore
{
    Task ReportAsync(InstanceStatus status);

    Task<IReadOnlyList<InstanceStatus>> ListAsync(string group);
}
