using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Legacy.Connector.Inbound;

/// <summary>How to read the files whose name matches <see cref="Pattern"/>: one entry of "Legacy:Inbound:Files".</summary>
public sealed class FilePatternOptions
{
    /// <summary>A file-name glob (<c>*</c> and <c>?</c>), matched ignoring case, e.g. <c>customers_*.csv</c>.</summary>
    [Required]
    public string Pattern { get; set; } = "";

    public ExportEntity Entity { get; set; } = ExportEntity.Customer;

    public FileFormat Format { get; set; } = FileFormat.Csv;

    /// <summary>Name of the mapping applied to each row (a <c>*.mapping.yaml</c> under Mapping:Directory).</summary>
    [Required]
    public string Mapping { get; set; } = "";

    /// <summary>Fixed-width only: the layout file, relative to Mapping:Directory, e.g. <c>legacy-stock.layout.yaml</c>.</summary>
    public string? Layout { get; set; }

    /// <summary>CSV only: the field delimiter.</summary>
    public string Delimiter { get; set; } = ",";

    /// <summary>An encoding name (utf-8, iso-8859-1, windows-1252, ...). Bytes that are not valid in it make the file unreadable.</summary>
    public string Encoding { get; set; } = "utf-8";

    /// <summary>CSV only: the culture CsvHelper reads with (empty = invariant).</summary>
    public string Culture { get; set; } = "";

    /// <summary>Quarantine the whole file (and publish nothing) when any row is bad.</summary>
    public bool AllOrNothing { get; set; }

    public bool Matches(string fileName) => ToRegex(Pattern).IsMatch(fileName);

    public string EntityName => Entity == ExportEntity.Customer ? "customer" : "stock-level";

    private static Regex ToRegex(string glob) => new(
        "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}
