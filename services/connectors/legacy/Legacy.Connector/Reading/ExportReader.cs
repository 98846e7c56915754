using System.Collections.Concurrent;
using Hub.Mapping;
using Legacy.Connector.Inbound;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Reading;

/// <summary>Reads an export with the reader its pattern names; fixed-width layouts are loaded from Mapping:Directory once.</summary>
public sealed class ExportReader(IOptions<MappingOptions> mapping)
{
    private readonly ConcurrentDictionary<string, FixedWidthLayout> _layouts = new(StringComparer.Ordinal);

    public ExportFile Read(byte[] content, FilePatternOptions pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.Format == FileFormat.Csv
            ? CsvExportReader.Read(content, pattern)
            : FixedWidthExportReader.Read(content, pattern, Layout(pattern.Layout!));
    }

    private FixedWidthLayout Layout(string file) => _layouts.GetOrAdd(file, f =>
        FixedWidthLayout.Load(Path.Combine(Path.GetFullPath(mapping.Value.Directory, AppContext.BaseDirectory), f)));
}
