namespace Hub.Mapping;

/// <summary>A conversion from the source's representation to the target's (dates, phone numbers, money, addresses).</summary>
public abstract class FormatRule
{
    /// <summary>The <c>type</c> in the file, e.g. <c>date</c>; also the rule name in issues.</summary>
    public abstract string Type { get; }

    /// <summary>One line for the generated mapping docs.</summary>
    public abstract string Describe();

    /// <returns>False when the value was rejected (the issue is already recorded).</returns>
    internal abstract bool TryApply(object value, FieldContext ctx, out object? result);
}
