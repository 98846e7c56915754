using Erp.Connector.Inbound;
using Erp.Connector.Odoo;
using Hub.Connectors.Hosting;
using Hub.Mapping;

namespace Erp.Connector.UnitTests;

public class InboundTests
{
    private static readonly MappingCatalog Mappings = MappingCatalog.LoadDirectory(Fixture.Mappings());

    [Theory]
    [InlineData("draft", "Pending")]
    [InlineData("sent", "Pending")]
    [InlineData("sale", "Confirmed")]
    [InlineData("done", "Delivered")]
    [InlineData("cancel", "Cancelled")]
    public void Map_OdooOrderState_GivesCanonicalStatus(string state, string status)
    {
        var result = Mappings[SaleOrderFeed.MappingName].Map(new Dictionary<string, object?> { ["state"] = state });

        result.RecordOrThrow()["status"].Should().Be(status);
    }

    [Fact]
    public void Map_UnknownOrderState_IsRejected()
    {
        Mappings[SaleOrderFeed.MappingName].Map(new Dictionary<string, object?> { ["state"] = "exploded" }).IsRejected.Should().BeTrue();
    }

    [Fact]
    public void Quant_DocumentedSearchReadRow_ParsesProductLocationQuantitiesAndWriteDate()
    {
        var row = Fixture.Json("stock_quant.search_read.response.json")["result"]![0]!;

        var quant = OdooRecords.Quant(row);

        quant.Should().Be(new StockQuantRecord(41, 9, "WH/Stock", 16m, 2m, "2024-05-06 07:08:09"));
        quant.WriteDate.Should().Be(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero));
    }

    [Fact]
    public void VersionId_QuantitiesChangedWithinOneSecond_IsAnotherVersion()
    {
        var before = new StockQuantRecord(41, 9, "WH/Stock", 16m, 2m, "2024-05-06 07:08:09");
        var after = before with { Quantity = 15m };

        before.VersionId.Should().Be("41/16/2");
        after.VersionId.Should().NotBe(before.VersionId);
        new SaleOrderRecord(7, "S00007", "order-1", null, "sale", "2024-05-06 07:08:09").VersionId.Should().Be("7/sale");
    }

    [Fact]
    public void ForChange_SameQuantVersion_GivesSameEventId()
    {
        var at = OdooDateTime.Parse("2024-05-06 07:08:09");

        DeterministicEventId.ForChange("erp", "stock.quant", "41", at).Should().Be(DeterministicEventId.ForChange("erp", "stock.quant", "41", at));
        DeterministicEventId.ForChange("erp", "stock.quant", "41", at.AddSeconds(1)).Should().NotBe(DeterministicEventId.ForChange("erp", "stock.quant", "41", at));
    }
}
