namespace Hub.Mapping;

/// <summary>The rounding modes a mapping file may name, and the .NET mode each one is.</summary>
public static class DecimalRounding
{
    public static readonly IReadOnlyDictionary<string, MidpointRounding> ByName = new Dictionary<string, MidpointRounding>(StringComparer.Ordinal)
    {
        ["half-even"] = MidpointRounding.ToEven,
        ["half-up"] = MidpointRounding.AwayFromZero,
        ["down"] = MidpointRounding.ToZero,
        ["floor"] = MidpointRounding.ToNegativeInfinity,
        ["ceiling"] = MidpointRounding.ToPositiveInfinity,
    };

    public static string NameOf(MidpointRounding mode) => ByName.First(p => p.Value == mode).Key;
}
