namespace Hub.Mapping;

public enum InvalidPhonePolicy
{
    Reject,

    /// <summary>Pass the text through unchanged with a warning (for targets that accept free text).</summary>
    KeepRaw,
}
