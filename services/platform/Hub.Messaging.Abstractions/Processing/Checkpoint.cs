namespace Hub.Messaging.Processing;

/// <summary>
/// The last offset a consumer group finished on a partition, with the event time of that message (for data
/// freshness) and when it was finished (for "replay everything processed since the faulty release").
/// </summary>
public sealed record Checkpoint(long Offset, DateTimeOffset EventTime, DateTimeOffset ProcessedAt);
