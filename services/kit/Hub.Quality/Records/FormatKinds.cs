namespace Hub.Quality;

/// <summary>
/// The formats a profile checks, each judged by the inbound mapping's own rule for the field, so a profile and the
/// running connector never disagree on what is well-formed: a value "does not match" exactly when that rule raised an
/// issue on it. The address split rule stands for postcodes: it fails when the postcode (or the layout around it) is
/// not one of the country's.
/// </summary>
public static class FormatKinds
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Date = "date";
    public const string Postcode = "postcode";

    private static readonly Dictionary<string, string> ByRule = new(StringComparer.Ordinal)
    {
        ["phone"] = Phone,
        ["validate:email"] = Email,
        ["date"] = Date,
        ["address-split"] = Postcode,
    };

    /// <summary>The kind a mapping rule checks (<c>phone</c> → phone, <c>validate:email</c> → email), null for rules that check no format.</summary>
    public static string? OfRule(string rule) => ByRule.GetValueOrDefault(rule);
}
