using Hub.Contracts;
using Shop.Connector.Outbound;

namespace Shop.Connector.UnitTests;

public sealed class StockLevelTests
{
    [Theory]
    [InlineData(10, 3, 7)]
    [InlineData(2.5, 0, 2)]
    [InlineData(1, 4, 0)]
    public void Available_OnHandAndReserved_IsWholeNonNegativeUnits(double onHand, double reserved, int expected)
    {
        var changed = new StockLevelChanged { Sku = "SKU", WarehouseCode = "WH", QuantityOnHand = (decimal)onHand, QuantityReserved = (decimal)reserved };

        StockLevelChangedHandler.Available(changed).Should().Be(expected);
    }
}
