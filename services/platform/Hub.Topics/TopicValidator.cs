using System.Globalization;

namespace Hub.Topics;

internal static class TopicValidator
{
    // Kafka's own limit (TopicNameValidator): longer names break the partition directory names on disk.
    public const int MaxNameLength = 249;

    public static bool IsLegalName(string name) =>
        name.Length is > 0 and <= MaxNameLength
        && name is not "." and not ".."
        && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-');

    /// <summary>An event type is a C# and Avro name: a letter, then letters, digits or '_'.</summary>
    public static bool IsLegalEventName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Validates one raw entry after defaults were applied; returns the declaration or null.</summary>
    public static TopicDeclaration? Validate(TopicEntryModel entry, int index, string source, List<string> errors)
    {
        var label = string.IsNullOrWhiteSpace(entry.Name)
            ? string.Create(CultureInfo.InvariantCulture, $"topic #{index + 1}")
            : $"topic '{entry.Name}'";
        var before = errors.Count;
        void Fail(string problem) => errors.Add($"{source}: {label}: {problem}");

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            Fail("name is missing");
        }
        else if (entry.Name.Length > MaxNameLength)
        {
            Fail($"name is {entry.Name.Length} characters long; Kafka allows at most {MaxNameLength}");
        }
        else if (!IsLegalName(entry.Name))
        {
            Fail("name may only contain ASCII letters, digits, '.', '_' and '-' (and may not be '.' or '..')");
        }

        if (entry.Event is { } eventName && !IsLegalEventName(eventName))
        {
            Fail($"event '{eventName}' is not an event type name (a letter, then letters, digits or '_')");
        }

        if (entry.Partitions is null or < 1)
        {
            Fail($"partitions must be at least 1 (got {Show(entry.Partitions)})");
        }

        if (entry.ReplicationFactor is null or < 1 or > short.MaxValue)
        {
            Fail($"replication_factor must be at least 1 (got {Show(entry.ReplicationFactor)})");
        }

        if (entry.RetentionMs is < TopicDeclaration.InfiniteRetention)
        {
            Fail($"retention_ms must be -1 (keep forever) or a positive number of milliseconds (got {entry.RetentionMs})");
        }

        var policy = CleanupPolicy.Normalize(entry.CleanupPolicy ?? CleanupPolicy.Delete);
        if (policy is null)
        {
            Fail($"unknown cleanup_policy '{entry.CleanupPolicy}'; use one of {string.Join(", ", CleanupPolicy.All.Select(p => $"'{p}'"))}");
        }

        if (errors.Count != before)
        {
            return null;
        }

        return new TopicDeclaration
        {
            Name = entry.Name!,
            Event = entry.Event,
            Partitions = entry.Partitions!.Value,
            ReplicationFactor = (short)entry.ReplicationFactor!.Value,
            RetentionMs = entry.RetentionMs,
            CleanupPolicy = policy!,
            Description = entry.Description?.Trim() ?? "",
            Config = entry.Config ?? [],
        };
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "nothing";
}
