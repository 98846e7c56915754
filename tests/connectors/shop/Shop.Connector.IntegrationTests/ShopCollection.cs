namespace Shop.Connector.IntegrationTests;

/// <summary>The test classes share one registry, sandbox and connector, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ShopCollection : ICollectionFixture<ShopFixture>
{
    public const string Name = "shop";
}
