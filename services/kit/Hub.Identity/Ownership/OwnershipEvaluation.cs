namespace Hub.Identity;

/// <summary>The verdict for every changed field of one incoming change.</summary>
public sealed record OwnershipEvaluation(string EntityType, string CanonicalId, string System, IReadOnlyList<FieldDecision> Decisions)
{
    public FieldDecision this[string field] => Decisions.Single(d => d.Field == field);

    public IEnumerable<FieldDecision> ToApply => Decisions.Where(d => d.Verdict == FieldVerdict.Apply);

    public IEnumerable<FieldDecision> ToQueue => Decisions.Where(d => d.Verdict == FieldVerdict.QueueForResolution);
}
