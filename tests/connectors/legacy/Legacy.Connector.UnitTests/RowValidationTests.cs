using Hub.Connectors.Hosting;
using Hub.Identity;
using Legacy.Connector.Inbound;
using Legacy.Connector.Reading;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.UnitTests;

public class RowValidationTests
{
    private static readonly string[] CustomerColumns = ["CUST_NO", "FIRST_NAME", "LAST_NAME", "COMPANY", "EMAIL", "PHONE", "VAT_NO", "ADDRESS", "STATUS", "CHANGED_ON"];
    private static readonly string[] StockColumns = ["SKU", "WAREHOUSE", "ON_HAND", "RESERVED", "REASON", "CHANGED"];

    // Rejected rows never reach the cross-reference, so these tests need no Redis.
    private static readonly EnvelopeFactory Envelopes = new(Options.Create(new ConnectorOptions { Name = "legacy-connector", SourceSystem = "legacy-csv" }));
    private static readonly CrossReferenceStore NoCrossReference = new(null!, null!, Options.Create(new IdentityOptions()), TimeProvider.System);

    private static Task<RowResult> Customer(params string[] values) =>
        new CustomerRowConverter(TestFiles.Mappings, NoCrossReference, Envelopes, Options.Create(new InboundOptions()))
            .ConvertAsync(new SourceRow(1, values, CustomerColumns), TestFiles.Customers(), "hash");

    private static Task<RowResult> Stock(params string[] values) =>
        new StockRowConverter(TestFiles.Mappings, NoCrossReference, Envelopes)
            .ConvertAsync(new SourceRow(1, values, StockColumns), TestFiles.Stock(), "hash");

    [Fact]
    public async Task ConvertAsync_InvalidEmail_RejectedWithEmailReason()
    {
        var result = await Customer("C-1", "Alice", "Smith", "", "not-an-email", "", "", "", "A", "01/03/2025");

        result.IsRejected.Should().BeTrue();
        result.Reason.Should().StartWith("email (");
    }

    [Fact]
    public async Task ConvertAsync_SeveralBadFields_ListsEveryReason()
    {
        var result = await Customer("", "Alice", "Smith", "", "alice@example.co.uk", "", "DE123", "", "X", "31/02/2025");

        result.Reason.Should().Contain("sourceRecordId (required)").And.Contain("vatId").And.Contain("status").And.Contain("changedAt");
    }

    [Fact]
    public async Task ConvertAsync_NoNameAtAll_RejectedWithNameReason()
    {
        var result = await Customer("C-2", "", "", "", "x@example.co.uk", "", "", "", "A", "01/03/2025");

        result.Reason.Should().Be("name: FIRST_NAME, LAST_NAME and COMPANY are all blank");
    }

    [Theory]
    [InlineData("SKU-1", "LONDON", "1", "0", "RCV", "01/03/2025", "warehouseCode")]
    [InlineData("SKU-1", "LON", "-5", "0", "RCV", "01/03/2025", "quantityOnHand")]
    [InlineData("SKU-1", "LON", "1", "0", "XYZ", "01/03/2025", "reason")]
    [InlineData("SKU-1", "LON", "1", "0", "RCV", "yesterday", "changedAt")]
    [InlineData("", "LON", "1", "0", "RCV", "01/03/2025", "sku")]
    public async Task ConvertAsync_BadStockField_RejectedNamingTheField(string sku, string warehouse, string onHand, string reserved, string reason, string changed, string field)
    {
        var result = await Stock(sku, warehouse, onHand, reserved, reason, changed);

        result.IsRejected.Should().BeTrue();
        result.Reason.Should().StartWith(field + " (");
    }

    [Fact]
    public void Map_ValidCustomerRow_FillsCanonicalFields()
    {
        var row = new SourceRow(1, ["C-1", "Alice", "Smith", "", " Alice@Example.co.uk ", "020 7946 0018", "", "10 Downing Street, London, SW1A 2AA", "", "01/07/2025 09:30"], CustomerColumns);

        var result = TestFiles.Mappings["legacy-to-canonical.customer"].Map(row.ToRecord());

        result.IsRejected.Should().BeFalse(string.Join("; ", result.Rejections));
        result.Record["email"].Should().Be("alice@example.co.uk");
        result.Record["phone"].Should().Be("+442079460018");
        result.Record["status"].Should().Be("Active", "a blank status defaults to the canonical Active");
        result.Record["changedAt"].Should().Be(new DateTimeOffset(2025, 7, 1, 8, 30, 0, TimeSpan.Zero), "UK summer time is UTC+1");
    }

    [Fact]
    public void For_SameFileAndRow_SameEventId()
    {
        RowEventId.For("legacy-csv", "abc", 3, "CustomerUpserted").Should().Be(RowEventId.For("legacy-csv", "abc", 3, "CustomerUpserted"));
        RowEventId.For("legacy-csv", "abc", 3, "CustomerUpserted").Should().NotBe(RowEventId.For("legacy-csv", "abc", 4, "CustomerUpserted"));
    }

    [Theory]
    [InlineData("customers_20250301.csv", true)]
    [InlineData("CUSTOMERS_x.CSV", true)]
    [InlineData("customers_x.csv.tmp", false)]
    [InlineData("stock_1.txt", false)]
    public void Matches_Glob_MatchesIgnoringCase(string name, bool expected) =>
        TestFiles.Customers().Matches(name).Should().Be(expected);
}
