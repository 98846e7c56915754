using System.Globalization;
using Hub.Connectors.Hosting;
using Legacy.Connector.Inbound;
using Legacy.Connector.Reading;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Quality;

/// <summary>
/// A customer export sent by `hub quality legacy-csv customers --file`, read as the drop-folder intake reads it: the
/// Legacy:Inbound:Files pattern its name matches picks the format (CSV or fixed width), delimiter and encoding, and
/// the mapping. Records are named by their data row number. Nothing is moved, published or linked.
/// </summary>
public sealed class ExportQualitySource(ExportReader reader, IOptions<InboundOptions> options) : IQualityFileSource
{
    public QualityFileRows Read(string fileName, byte[] content)
    {
        var pattern = options.Value.PatternFor(fileName)
            ?? throw new InvalidDataException($"'{fileName}' matches no Legacy:Inbound:Files pattern ({string.Join(", ", options.Value.Files.Select(f => f.Pattern))}).");
        if (pattern.Entity != ExportEntity.Customer)
        {
            throw new InvalidDataException($"'{fileName}' is a {pattern.EntityName} export (pattern {pattern.Pattern}), not a customer export.");
        }

        ExportFile file;
        try
        {
            file = reader.Read(content, pattern);
        }
        catch (FileUnreadableException ex)
        {
            throw new InvalidDataException($"'{fileName}' cannot be read: {ex.Message}", ex);
        }

        return new QualityFileRows(pattern.Mapping, [.. file.Rows.Select(r => new RawRecord(r.Number.ToString(CultureInfo.InvariantCulture), r.ToRecord()))]);
    }
}
