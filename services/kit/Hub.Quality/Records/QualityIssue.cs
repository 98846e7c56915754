namespace Hub.Quality;

/// <summary>One finding of the connector's inbound mapping on a record, as the mapping reported it.</summary>
/// <param name="Field">The canonical target field (<c>phone</c>, <c>billingAddress</c>).</param>
/// <param name="Rule">The mapping rule: <c>required</c>, <c>value-map</c>, <c>phone</c>, <c>validate:email</c>, ...</param>
/// <param name="Rejects">True when the rule rejects the record (the connector would quarantine it), false for a warning.</param>
/// <param name="Value">The source value a value map did not cover; null for other rules.</param>
public sealed record QualityIssue(string Field, string Rule, bool Rejects, string Message, string? Value = null)
{
    /// <summary>The rule name of a value map's findings.</summary>
    public const string ValueMapRule = "value-map";
}
