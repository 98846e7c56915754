using Avro;

namespace Hub.Schemas;

/// <summary>
/// Decides whether a reader schema can read data written with a writer schema, following the schema resolution
/// rules of the Avro specification.
/// </summary>
public sealed class AvroCompatibilityChecker
{
    public static AvroCompatibilityChecker Instance { get; } = new();

    /// <summary>Lists every incompatibility found; an empty list means the reader can read all the writer's data.</summary>
    public CompatibilityResult CanRead(Schema reader, Schema writer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(writer);
        var found = new ResolutionWalker().Check(reader, writer);
        return found.Count == 0 ? CompatibilityResult.Compatible : new CompatibilityResult(found);
    }

    /// <summary>Checks a proposed schema against earlier ones (oldest first) as the given registry level demands.</summary>
    public CompatibilityResult Check(CompatibilityLevel level, Schema proposed, IReadOnlyList<PreviousSchema> previousOldestFirst)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(previousOldestFirst);
        if (level == CompatibilityLevel.None || previousOldestFirst.Count == 0)
        {
            return CompatibilityResult.Compatible;
        }

        var transitive = level is CompatibilityLevel.BackwardTransitive or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.FullTransitive;
        var backward = level is CompatibilityLevel.Backward or CompatibilityLevel.BackwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;
        var forward = level is CompatibilityLevel.Forward or CompatibilityLevel.ForwardTransitive or CompatibilityLevel.Full or CompatibilityLevel.FullTransitive;

        // Newest first, so the most relevant problems come first in the report.
        var targets = transitive ? previousOldestFirst.Reverse() : [previousOldestFirst[^1]];
        var all = new List<Incompatibility>();
        foreach (var previous in targets)
        {
            if (backward)
            {
                all.AddRange(CanRead(proposed, previous.Schema).Incompatibilities
                    .Select(i => i with { Context = $"new schema cannot read data written with {previous.Label}" }));
            }

            if (forward)
            {
                all.AddRange(CanRead(previous.Schema, proposed).Incompatibilities
                    .Select(i => i with { Context = $"{previous.Label} cannot read data written with the new schema" }));
            }
        }

        return all.Count == 0 ? CompatibilityResult.Compatible : new CompatibilityResult(all);
    }
}
