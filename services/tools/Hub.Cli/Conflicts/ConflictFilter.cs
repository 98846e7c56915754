using Hub.Identity;

namespace Hub.Cli.Conflicts;

/// <summary>What `hub conflicts list` selects. Criteria are exact (case-insensitive) names.</summary>
public sealed record ConflictFilter
{
    public string? Entity { get; init; }

    public string? Field { get; init; }

    /// <summary>Matches the proposing system or the owner: "every conflict shop is part of".</summary>
    public string? System { get; init; }

    /// <summary>Decided conflicts (newest first) instead of pending ones (oldest first).</summary>
    public bool Decided { get; init; }

    public int Limit { get; init; } = 100;

    public bool HasCriteria => Entity is not null || Field is not null || System is not null;

    public bool Matches(ConflictRecord conflict) =>
        Same(Entity, conflict.EntityType)
        && Same(Field, conflict.Field)
        && (System is null || Same(System, conflict.ProposingSystem) || Same(System, conflict.OwnerSystem));

    private static bool Same(string? wanted, string? actual) => wanted is null || string.Equals(wanted, actual, StringComparison.OrdinalIgnoreCase);
}
