using System.Globalization;

namespace Hub.Identity;

/// <summary>Turns a <see cref="FieldVerdict.QueueForResolution"/> decision into a <see cref="ConflictRecord"/>.</summary>
public static class ConflictFactory
{
    /// <param name="currentValue">The value the hub holds now; only the caller knows it.</param>
    public static ConflictRecord FromDecision(
        OwnershipEvaluation evaluation, FieldDecision decision, object? currentValue, DateTimeOffset occurredAt, string correlationId, TimeProvider time, string? ownerSystem = null) =>
        new()
        {
            ConflictId = Guid.CreateVersion7(time.GetUtcNow()).ToString("D"),
            EntityType = evaluation.EntityType,
            CanonicalId = evaluation.CanonicalId,
            Field = decision.Field,
            CurrentValue = Text(currentValue),
            ProposedValue = Text(decision.ProposedValue),
            ProposingSystem = evaluation.System,
            OwnerSystem = ownerSystem,
            Reason = decision.Reason,
            OccurredAt = occurredAt,
            CorrelationId = correlationId,
            RaisedAt = time.GetUtcNow(),
        };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
