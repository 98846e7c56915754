namespace Legacy.Connector.Inbound;

public enum FileFormat
{
    Csv,
    FixedWidth,
}
