namespace Hub.Cli.Infrastructure;

/// <summary>Offsets [From, Until) of one partition.</summary>
public readonly record struct OffsetRange(string Topic, int Partition, long From, long Until)
{
    public long Count => Math.Max(0, Until - From);
}
