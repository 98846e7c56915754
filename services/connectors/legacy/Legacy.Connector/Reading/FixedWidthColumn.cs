namespace Legacy.Connector.Reading;

public sealed class FixedWidthColumn
{
    public string Name { get; set; } = "";

    /// <summary>1-based position of the first character.</summary>
    public int Start { get; set; }

    public int Length { get; set; }
}
