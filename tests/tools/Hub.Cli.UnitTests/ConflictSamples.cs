using Hub.Identity;

namespace Hub.Cli.UnitTests;

/// <summary>A customer's email proposed by the shop while the CRM owns it.</summary>
public static class ConflictSamples
{
    public static readonly DateTimeOffset RaisedAt = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static ConflictRecord Pending() => new()
    {
        ConflictId = "0195f000-0000-7000-8000-000000000001",
        EntityType = "customer",
        CanonicalId = "c-42",
        Field = "email",
        CurrentValue = "jane@example.com",
        ProposedValue = "jane.doe@example.com",
        ProposingSystem = "shop",
        OwnerSystem = "crm",
        Reason = "crm owns email (source-wins, non-owner: queue)",
        OccurredAt = RaisedAt.AddMinutes(-1),
        CorrelationId = "corr-7",
        RaisedAt = RaisedAt,
    };

    public static ConflictRecord Accepted() => Pending() with
    {
        Status = ConflictStatus.Accepted,
        DecidedAt = RaisedAt.AddHours(2),
        DecidedBy = "ops@example.com",
        DecisionNote = "INC-7 confirmed by phone",
    };
}
