namespace Hub.Mapping;

/// <summary>A local time that happens twice (the hour the clocks go back).</summary>
public enum AmbiguousTimePolicy
{
    Earlier,
    Later,
    Reject,
}
