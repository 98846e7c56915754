using System.Text;
using Legacy.Connector.Reading;

namespace Legacy.Connector.UnitTests;

public class CsvExportReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithDelimiterAndLineBreak_KeepsValuesWhole()
    {
        var file = CsvExportReader.Read(File.ReadAllBytes(TestFiles.Fixture("customers_sample.csv")), TestFiles.Customers());

        file.Rows.Should().HaveCount(2);
        file.Rows[1].ToRecord()["COMPANY"].Should().Be("Acme; Widgets Ltd");
        file.Rows[1].ToRecord()["ADDRESS"].Should().Be("1 High Street\nManchester, M1 1AA");
        file.Rows.Should().OnlyContain(r => r.Problem == null);
    }

    [Fact]
    public void Read_Utf8Bom_FirstColumnNameHasNoBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(TestFiles.Utf8("CUST_NO,EMAIL\nC-1,a@b.example\n")).ToArray();

        var file = CsvExportReader.Read(bytes, TestFiles.Customers(","));

        file.Columns[0].Should().Be("CUST_NO");
        file.Rows[0].ToRecord()["cust_no"].Should().Be("C-1", "columns are matched ignoring case");
    }

    [Theory]
    [InlineData(",")]
    [InlineData(";")]
    [InlineData("|")]
    [InlineData("\t")]
    public void Read_ConfiguredDelimiter_SplitsOnIt(string delimiter)
    {
        var file = CsvExportReader.Read(TestFiles.Utf8($"CUST_NO{delimiter}EMAIL\nC-1{delimiter}\"x{delimiter}y\"\n"), TestFiles.Customers(delimiter));

        file.Rows[0].Values.Should().Equal("C-1", $"x{delimiter}y");
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_KeepsRowWithProblem()
    {
        var file = CsvExportReader.Read(TestFiles.Utf8("CUST_NO;EMAIL\nC-1;a@b.example\nC-2\nC-3;c@d.example;extra\n"), TestFiles.Customers());

        file.Rows.Select(r => r.Problem).Should().Equal(null, "the row has 1 fields, the header 2", "the row has 3 fields, the header 2");
        file.Rows.Select(r => r.Number).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Read_InvalidUtf8_ThrowsFileUnreadable()
    {
        var bytes = TestFiles.Utf8("CUST_NO;LAST_NAME\nC-1;M").Concat(new byte[] { 0xFC }).Concat(TestFiles.Utf8("ller\n")).ToArray();

        var read = () => CsvExportReader.Read(bytes, TestFiles.Customers());

        read.Should().Throw<FileUnreadableException>().WithMessage("*not valid utf-8*");
    }

    [Fact]
    public void Read_Windows1252File_DecodesAccents()
    {
        var bytes = TestFiles.Utf8("CUST_NO;LAST_NAME\nC-1;M").Concat(new byte[] { 0xFC }).Concat(TestFiles.Utf8("ller\n")).ToArray();

        var file = CsvExportReader.Read(bytes, TestFiles.Customers(encoding: "windows-1252"));

        file.Rows[0].ToRecord()["LAST_NAME"].Should().Be("Müller");
    }

    [Fact]
    public void Read_EmptyFile_ThrowsFileUnreadable()
    {
        var read = () => CsvExportReader.Read([], TestFiles.Customers());

        read.Should().Throw<FileUnreadableException>().WithMessage("*empty*");
    }
}
