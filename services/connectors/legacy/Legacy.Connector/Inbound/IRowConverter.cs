using Legacy.Connector.Reading;

namespace Legacy.Connector.Inbound;

/// <summary>Validates one row with its mapping and turns it into a canonical event (or the reasons it cannot be one).</summary>
public interface IRowConverter
{
    ExportEntity Entity { get; }

    Task<RowResult> ConvertAsync(SourceRow row, FilePatternOptions pattern, string fileHash);
}
