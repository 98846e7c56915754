namespace Hub.Mapping;

/// <summary>
/// Active ISO 4217 currency codes and their minor units. Kept in code because the platform runs with invariant
/// globalisation (no RegionInfo data), and a currency list that silently depends on the host's ICU is worse.
/// </summary>
public static class Iso4217
{
    private const string TwoDecimals =
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CNY " +
        "COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS " +
        "INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR " +
        "MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD " +
        "SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG";

    private const string ZeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";

    private const string ThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";

    private const string FourDecimals = "CLF UYW";

    private static readonly Dictionary<string, int> MinorUnitsByCode = Build();

    public static bool IsCode(string code) => MinorUnitsByCode.ContainsKey(code);

    public static int MinorUnits(string code) => MinorUnitsByCode.TryGetValue(code, out var units)
        ? units
        : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    private static Dictionary<string, int> Build()
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (list, units) in new[] { (TwoDecimals, 2), (ZeroDecimals, 0), (ThreeDecimals, 3), (FourDecimals, 4) })
        {
            foreach (var code in list.Split(' '))
            {
                codes[code] = units;
            }
        }

        return codes;
    }
}
