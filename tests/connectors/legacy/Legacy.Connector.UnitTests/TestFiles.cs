using System.Text;
using Hub.Mapping;
using Legacy.Connector.Inbound;

namespace Legacy.Connector.UnitTests;

internal static class TestFiles
{
    public static readonly string MappingDirectory = Path.Combine(AppContext.BaseDirectory, "Mapping");

    public static MappingCatalog Mappings { get; } = MappingCatalog.LoadDirectory(MappingDirectory);

    public static FilePatternOptions Customers(string delimiter = ";", string encoding = "utf-8") => new()
    {
        Pattern = "customers_*.csv",
        Entity = ExportEntity.Customer,
        Format = FileFormat.Csv,
        Mapping = "legacy-to-canonical.customer",
        Delimiter = delimiter,
        Encoding = encoding,
    };

    public static FilePatternOptions Stock() => new()
    {
        Pattern = "stock_*.txt",
        Entity = ExportEntity.Stock,
        Format = FileFormat.FixedWidth,
        Mapping = "legacy-stock-to-canonical",
        Layout = "legacy-stock.layout.yaml",
    };

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
