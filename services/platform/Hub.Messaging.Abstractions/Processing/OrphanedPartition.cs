namespace Hub.Messaging.Processing;

/// <summary>A partition a gone instance last reported holding and no live instance holds now.</summary>
public sealed record OrphanedPartition(string Partition, string LastHolder, DateTimeOffset LastSeen);
