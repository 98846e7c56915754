using System.Globalization;

namespace Hub.Identity;

/// <summary>
/// Turns a <see cref="FieldVerdict.QueueForResolution"/> decision, or a field a revert found changed by a person, into a
/// <see cref="ConflictRecord"/>.
/// </summary>
public static class ConflictFactory
{
    /// <summary>The proposing system of conflicts a revert raises.</summary>
    public const string RevertProposer = "hub-revert";

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

    /// <summary>
    /// A field a revert did not put back because someone changed it since the platform wrote it: the field holds
    /// <paramref name="current"/>, the revert proposes <paramref name="wouldRestore"/>, and the system that holds the
    /// record decides (a person enters the value there, or keeps theirs).
    /// </summary>
    /// <param name="conflictId">Derived by the caller, so a second run of the same revert raises the same conflict.</param>
    public static ConflictRecord FromRevert(
        RevertRequest request, string field, string? current, string? platformWrote, string? wouldRestore, string conflictId, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        return new()
        {
            ConflictId = conflictId,
            EntityType = request.EntityType,
            CanonicalId = request.CanonicalId,
            Field = field,
            CurrentValue = current,
            ProposedValue = wouldRestore,
            ProposingSystem = RevertProposer,
            OwnerSystem = request.System,
            Reason = $"hub revert {request.RevertId} ({request.RequestedBy}{(request.Reason is { } why ? $": {why}" : "")}) would put back {Quoted(wouldRestore)} "
                + $"in {field} of {request.System} record {request.RecordId}, but the field no longer holds what the platform wrote ({Quoted(platformWrote)}): "
                + $"it was changed to {Quoted(current)} since, so it was not overwritten",
            OccurredAt = request.RequestedAt,
            CorrelationId = request.RevertId,
            RaisedAt = time.GetUtcNow(),
        };
    }

    private static string Quoted(string? value) => value is null ? "(empty)" : $"'{value}'";

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset dto => dto.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
