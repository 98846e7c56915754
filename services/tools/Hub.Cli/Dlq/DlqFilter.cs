namespace Hub.Cli.Dlq;

/// <summary>Which dead letters a dlq command works on. Every criterion given must hold.</summary>
public sealed record DlqFilter
{
    /// <summary>Substring of hub-error-class, case-insensitive (e.g. "Timeout" or the full type name).</summary>
    public string? ErrorClass { get; init; }

    /// <summary>Prefix of hub-error-kind: "permanent", "permanent:poison", "transient-exhausted".</summary>
    public string? ErrorKind { get; init; }

    public string? Key { get; init; }

    public string? EventType { get; init; }

    public string? EventId { get; init; }

    /// <summary>Failed at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Failed before this time.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Specific dead letters (topic:partition:offset); empty = all.</summary>
    public IReadOnlySet<string> Refs { get; init; } = new HashSet<string>();

    public bool IncludeResolved { get; init; }

    public bool Matches(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return (IncludeResolved || letter.Resolved is null)
            && (Refs.Count == 0 || Refs.Contains(letter.Ref))
            && (ErrorClass is null || (letter.ErrorClass?.Contains(ErrorClass, StringComparison.OrdinalIgnoreCase) ?? false))
            && (ErrorKind is null || (letter.ErrorKind?.StartsWith(ErrorKind, StringComparison.OrdinalIgnoreCase) ?? false))
            && (Key is null || letter.Key == Key)
            && (EventType is null || string.Equals(letter.EventType, EventType, StringComparison.Ordinal))
            && (EventId is null || string.Equals(letter.EventId, EventId, StringComparison.OrdinalIgnoreCase))
            && (Since is null || letter.FailedAt >= Since)
            && (Until is null || letter.FailedAt < Until);
    }
}
