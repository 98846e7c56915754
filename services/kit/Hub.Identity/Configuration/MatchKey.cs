namespace Hub.Identity;

/// <summary>A field used to recognise the same entity in two systems, with how its values are normalised first.</summary>
public sealed record MatchKey(string Name, MatchNormalization Normalization)
{
    /// <summary>The comparable form, or null when nothing is left to match on.</summary>
    public string? Normalize(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var normalized = Normalization switch
        {
            MatchNormalization.Email => trimmed.ToLowerInvariant(),
            MatchNormalization.Vat => new string(trimmed.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant(),
            MatchNormalization.Phone => new string(trimmed.Where(c => char.IsDigit(c) || c == '+').ToArray()),
            _ => string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant(),
        };
        return normalized.Length == 0 ? null : normalized;
    }
}
