using System.CommandLine;
using System.Text;
using Hub.Cli.Dlq;
using Hub.Cli.Groups;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;
using Hub.Cli.Trace;
using Hub.Messaging;
using Hub.Messaging.Processing;
using Hub.Messaging.Redis;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub trace &lt;event-id&gt;`: "what happened to this record?". Scans the newest messages of every canonical, source,
/// retry and dead-letter topic for the event-id header (a bounded scan: it costs reading up to
/// --max-per-partition messages per partition), then reads each group's dedup marker for the event.
/// </summary>
public static class TraceCommand
{
    private static readonly Argument<string> EventId = new("event-id") { Description = "The event-id header (the envelope's eventId)" };
    private static readonly Option<int> MaxPerPartition = new("--max-per-partition") { Description = "Scan at most this many of the newest messages per partition", DefaultValueFactory = _ => 10_000 };
    private static readonly Option<string[]> ExtraTopics = new("--topic") { Description = "Scan this topic too (repeatable)" };

    public static Command Create()
    {
        var command = new Command("trace", "Where an event went: topics, retry, DLQ, and each group's outcome");
        command.Arguments.Add(EventId);
        command.Options.Add(MaxPerPartition);
        command.Options.Add(ExtraTopics);
        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var eventId = context.Parse.GetValue(EventId)!.Trim();
        var max = context.Parse.GetValue(MaxPerPartition);
        if (eventId.Length == 0 || max < 1)
        {
            throw CliException.BadInput(eventId.Length == 0 ? "The event id is empty." : "--max-per-partition must be at least 1.");
        }

        var groups = await GroupDiscovery.DiscoverAsync(context.Redis);
        var topics = TopicsToScan(context, groups);
        var ranges = topics.SelectMany(t => context.Kafka.Partitions(t).Select(p =>
        {
            var marks = context.Kafka.Watermarks(t, p);
            return new OffsetRange(t, p, Math.Max(marks.Low.Value, marks.High.Value - max), marks.High.Value);
        })).ToList();
        var total = ranges.Sum(r => r.Count);
        context.Output.Line($"Scanning {total} message(s) in {topics.Count} topic(s) (the newest {max} per partition) for event-id {eventId} ...");
        var lastShown = 0L;
        var messages = context.Kafka.Read(ranges, read =>
        {
            if (read - lastShown >= 5000)
            {
                lastShown = read;
                context.Output.Line($"  {read}/{total} read");
            }
        }, cancellationToken);
        var hits = messages.Where(m => Header(m.Message.Headers, EventHeaders.EventId) == eventId).Select(Hit)
            .OrderBy(h => h.Kind switch { "source" => 0, "retry" => 1, _ => 2 }).ThenBy(h => h.Timestamp).ToList();
        var outcomes = new List<GroupOutcome>();
        foreach (var group in groups)
        {
            if (await OutcomeAsync(context, group, eventId, hits) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { eventId, scanned = messages.Count, messages = hits, groups = outcomes });
            return hits.Count == 0 && outcomes.Count == 0 ? ExitCodes.Failed : ExitCodes.Ok;
        }

        if (hits.Count == 0 && outcomes.Count == 0)
        {
            throw CliException.Failed($"Event {eventId} was not found in the newest {max} messages per partition of {topics.Count} topic(s), and no group has a dedup marker for it. Try a larger --max-per-partition, or --topic for a topic not scanned.");
        }

        var table = CliOutput.NewTable("where", "kind", "time", "key", "group", "attempts", "error / replay of");
        foreach (var h in hits)
        {
            CliOutput.AddRow(table, h.Ref, h.Kind, TimeExpression.Show(h.Timestamp), h.Key, h.Group, h.AttemptCount, h.Error ?? h.ReplayOf);
        }

        context.Output.Write(table);
        var result = CliOutput.NewTable("group", "outcome", "marker", "detail");
        foreach (var o in outcomes)
        {
            CliOutput.AddRow(result, o.Group, o.Outcome, o.Marker ?? "-", o.Detail);
        }

        context.Output.Write(result);
        return ExitCodes.Ok;
    }

    private static List<string> TopicsToScan(CliContext context, IReadOnlyList<GroupInfo> groups)
    {
        var existing = context.Kafka.TopicNames();
        var extra = context.Parse.GetValue(ExtraTopics) ?? [];
        var missing = extra.Where(t => !existing.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            throw CliException.BadInput($"No such topic: {string.Join(", ", missing)}.");
        }

        var sources = groups.SelectMany(g => g.SourceTopics).ToHashSet(StringComparer.Ordinal);
        return existing.Where(t => t.StartsWith("canonical.", StringComparison.Ordinal) || t.EndsWith(".retry", StringComparison.Ordinal)
                || t.EndsWith(".dlq", StringComparison.Ordinal) || sources.Contains(t) || extra.Contains(t))
            .ToList();
    }

    private static TraceHit Hit(Confluent.Kafka.ConsumeResult<byte[]?, byte[]?> m)
    {
        var kind = m.Topic.EndsWith(".dlq", StringComparison.Ordinal) ? "dlq" : m.Topic.EndsWith(".retry", StringComparison.Ordinal) ? "retry" : "source";
        var headers = m.Message.Headers;
        var error = Header(headers, EventHeaders.ErrorKind) is { } errorKind ? $"{errorKind}: {Header(headers, EventHeaders.ErrorClass)}: {Header(headers, EventHeaders.ErrorMessage)}" : null;
        return new TraceHit
        {
            Topic = m.Topic,
            Partition = m.Partition.Value,
            Offset = m.Offset.Value,
            Kind = kind,
            Timestamp = m.Message.Timestamp.UtcDateTime,
            Key = m.Message.Key is { } key ? Encoding.UTF8.GetString(key) : null,
            Group = Header(headers, EventHeaders.ConsumerGroup) ?? (kind == "source" ? null : m.Topic[..m.Topic.LastIndexOf('.')]),
            AttemptCount = Header(headers, EventHeaders.AttemptCount),
            Error = error,
            ReplayOf = Header(headers, EventHeaders.ReplayOf),
            OriginalTopic = Header(headers, EventHeaders.OriginalTopic),
            OriginalPartition = int.TryParse(Header(headers, EventHeaders.OriginalPartition), System.Globalization.CultureInfo.InvariantCulture, out var origin) ? origin : null,
        };
    }

    private static async Task<GroupOutcome?> OutcomeAsync(CliContext context, GroupInfo group, string eventId, List<TraceHit> hits)
    {
        var source = hits.FirstOrDefault(h => h.Kind == "source" && group.SourceTopics.Contains(h.Topic));
        var copies = hits.Where(h => h.Group == group.Group).ToList();
        var scope = source is not null ? new PartitionRef(source.Topic, source.Partition)
            : copies.FirstOrDefault(c => c is { OriginalTopic: not null, OriginalPartition: not null }) is { } copy ? new PartitionRef(copy.OriginalTopic!, copy.OriginalPartition!.Value) : (PartitionRef?)null;
        var marker = await ReadMarkerAsync(context, group.Group, eventId);
        if (source is null && copies.Count == 0 && marker is null)
        {
            return null;
        }

        var epoch = scope is { } s ? await EpochAsync(context, group.Group, s) : 0;
        var parsed = MarkerCodec.Parse(marker);
        var current = parsed is { } p && p.Epoch >= epoch ? p.State : MarkerState.None;
        var dead = copies.Where(c => c.Kind == "dlq").ToList();
        if (dead.Count > 0)
        {
            var letter = dead[^1];
            var resolved = (await new ResolvedStore(context.Redis).ReadAsync(letter.Topic)).GetValueOrDefault(ResolvedStore.Field(letter.Partition, letter.Offset));
            var replayMarker = MarkerCodec.Parse(await ReadMarkerAsync(context, group.Group, $"{eventId}#{letter.Ref}"));
            return resolved switch
            {
                { Action: "replayed" } when replayMarker is { State: MarkerState.Done } => new GroupOutcome(group.Group, "handled after DLQ replay", marker, epoch, $"dead-lettered at {letter.Ref} ({letter.Error}); replayed by {resolved.By} at {TimeExpression.Show(resolved.At)}"),
                { Action: "replayed" } => new GroupOutcome(group.Group, "DLQ replay sent, not handled yet", marker, epoch, $"{letter.Ref} replayed by {resolved.By} at {TimeExpression.Show(resolved.At)}; see {group.RetryTopic}"),
                { Action: "purged" } => new GroupOutcome(group.Group, "dead-lettered, purged", marker, epoch, $"{letter.Ref} ({letter.Error}); purged by {resolved.By}: {resolved.Reason}"),
                _ => new GroupOutcome(group.Group, "dead-lettered", marker, epoch, $"{letter.Ref}: {letter.Error}; replay with 'hub dlq replay --id {letter.Ref}'"),
            };
        }

        if (current == MarkerState.Parked)
        {
            var retry = copies.LastOrDefault(c => c.Kind == "retry");
            return new GroupOutcome(group.Group, "parked on retry", marker, epoch, retry is null ? $"waiting on {group.RetryTopic}" : $"{retry.Ref}, attempt {retry.AttemptCount}");
        }

        if (current == MarkerState.Done)
        {
            return new GroupOutcome(group.Group, "handled", marker, epoch, source is null ? "" : $"from {source.Ref}");
        }

        if (parsed is not null)
        {
            return new GroupOutcome(group.Group, "handled, replay pending", marker, epoch, $"marker of epoch {parsed.Value.Epoch}, partition now at epoch {epoch}: it will be handled again");
        }

        if (source is null)
        {
            return new GroupOutcome(group.Group, "not seen", null, epoch, "");
        }

        var checkpoint = await context.Redis.Guard(() => context.Redis.Processing.GetCheckpointAsync(group.Group, new PartitionRef(source.Topic, source.Partition), CancellationToken.None));
        return checkpoint is not null && checkpoint.Offset >= source.Offset
            ? new GroupOutcome(group.Group, "not seen", null, epoch, $"the group is past offset {source.Offset} but has no marker: skipped by a filtered replay, or the marker expired")
            : new GroupOutcome(group.Group, "not seen (yet)", null, epoch, $"the group has not reached {source.Ref} (checkpoint {checkpoint?.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})");
    }

    /// <summary>The newest marker of the event in the group's dedup buckets (the same window the connectors read).</summary>
    private static async Task<string?> ReadMarkerAsync(CliContext context, string group, string dedupId)
    {
        var db = await context.Redis.DatabaseAsync();
        foreach (var bucket in context.Redis.Buckets.ReadWindow(context.Now))
        {
            var value = await context.Redis.Guard(() => db.HashGetAsync(context.Redis.Keys.Dedup(group, bucket), dedupId));
            if (!value.IsNull)
            {
                return value.ToString();
            }
        }

        return null;
    }

    private static async Task<long> EpochAsync(CliContext context, string group, PartitionRef partition)
    {
        var db = await context.Redis.DatabaseAsync();
        var value = await context.Redis.Guard(() => db.HashGetAsync(context.Redis.Keys.Epochs(group), Hub.Messaging.Redis.RedisKeys.EpochField(partition)));
        return (long?)value ?? 0;
    }

    private static string? Header(Confluent.Kafka.Headers? headers, string name) =>
        headers is not null && headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
