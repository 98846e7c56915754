namespace Hub.Identity;

public enum MatchNormalization
{
    /// <summary>Trimmed, inner spaces collapsed, lower-cased.</summary>
    Text,

    /// <summary>Trimmed and lower-cased (the domain is case-insensitive; treating the local part so too matches how people type).</summary>
    Email,

    /// <summary>Letters and digits only, upper-cased ("GB 123 4567 89" = "gb123456789").</summary>
    Vat,

    /// <summary>Digits and '+' only; expects E.164 from the mapping.</summary>
    Phone,
}
