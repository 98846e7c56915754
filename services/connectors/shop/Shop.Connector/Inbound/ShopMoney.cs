using Hub.Contracts;

namespace Shop.Connector.Inbound;

/// <summary>The mapping engine's money record ({ amount, currency }) as the canonical Money.</summary>
public static class ShopMoney
{
    public static Money From(object? mapped) => mapped is IReadOnlyDictionary<string, object?> money
        ? new Money { Amount = (decimal)money["amount"]!, Currency = (string)money["currency"]! }
        : throw new ArgumentException("Not a mapped money record.", nameof(mapped));
}
