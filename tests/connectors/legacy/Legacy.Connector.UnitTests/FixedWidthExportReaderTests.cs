using Legacy.Connector.Reading;

namespace Legacy.Connector.UnitTests;

public class FixedWidthExportReaderTests
{
    private static readonly FixedWidthLayout Layout = FixedWidthLayout.Load(Path.Combine(TestFiles.MappingDirectory, "legacy-stock.layout.yaml"));

    private static string Line(string sku, string wh, string onHand, string reserved, string reason, string changed) =>
        sku.PadRight(16) + wh.PadRight(4) + onHand.PadLeft(12) + reserved.PadLeft(12) + reason.PadRight(3) + changed.PadRight(16);

    [Fact]
    public void Read_StockLayout_SlicesAndTrimsColumns()
    {
        var text = Line("SKU-1", "LON", "12.5", "2", "RCV", "01/03/2025 09:30") + "\r\n";

        var file = FixedWidthExportReader.Read(TestFiles.Utf8(text), TestFiles.Stock(), Layout);

        file.Rows.Should().ContainSingle();
        file.Rows[0].ToRecord().Should().BeEquivalentTo(new Dictionary<string, object?>
        {
            ["SKU"] = "SKU-1", ["WAREHOUSE"] = "LON", ["ON_HAND"] = "12.5", ["RESERVED"] = "2", ["REASON"] = "RCV", ["CHANGED"] = "01/03/2025 09:30",
        });
    }

    [Fact]
    public void Read_ShortLine_ReadsMissingColumnsAsBlank()
    {
        var file = FixedWidthExportReader.Read(TestFiles.Utf8("SKU-2           MAN          3\n"), TestFiles.Stock(), Layout);

        var record = file.Rows[0].ToRecord();
        record["ON_HAND"].Should().Be("3");
        record["REASON"].Should().Be("");
        file.Rows[0].Problem.Should().BeNull();
    }

    [Fact]
    public void Read_LineLongerThanRecord_RowHasProblem()
    {
        var file = FixedWidthExportReader.Read(TestFiles.Utf8(Line("SKU-3", "LON", "1", "0", "CNT", "01/03/2025") + "EXTRA\n"), TestFiles.Stock(), Layout);

        file.Rows[0].Problem.Should().Be("the line has 68 characters, the record 63");
    }

    [Fact]
    public void Parse_ColumnBeyondRecordLength_Throws()
    {
        var parse = () => FixedWidthLayout.Parse("name: x\nrecord-length: 10\ncolumns:\n  - { name: A, start: 5, length: 10 }\n");

        parse.Should().Throw<InvalidOperationException>().WithMessage("*ends after the record length 10*");
    }
}
