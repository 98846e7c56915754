namespace Hub.EndToEnd.IntegrationTests;

/// <summary>All end-to-end tests share one running platform.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
