namespace Hub.Mapping;

/// <summary>A length limit in UTF-16 characters with an explicit policy; there is no default policy on purpose.</summary>
public sealed record MaxLengthRule(int Length, TruncationPolicy Policy)
{
    public const string Name = "max-length";
    private const string Ellipsis = "…";

    internal bool TryApply(object? value, FieldContext ctx, out object? result)
    {
        result = value;
        if (value is not string text || text.Length <= Length)
        {
            return true;
        }

        switch (Policy)
        {
            case TruncationPolicy.Reject:
                return ctx.Reject(Name, $"{text.Length} characters, more than the limit of {Length}");
            case TruncationPolicy.CutWithEllipsis:
                result = string.Concat(text.AsSpan(0, Math.Max(0, Length - Ellipsis.Length)).TrimEnd(), Ellipsis);
                break;
            default:
                result = text[..Length];
                break;
        }

        ctx.Warn(Name, $"cut from {text.Length} to {Length} characters ({Describe()})");
        return true;
    }

    public string Describe() => Policy switch
    {
        TruncationPolicy.Reject => $"max {Length} chars, else reject",
        TruncationPolicy.CutWithEllipsis => $"max {Length} chars, cut with …",
        _ => $"max {Length} chars, cut",
    };
}
