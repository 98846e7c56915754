namespace Accounting.Connector.IntegrationTests.Support;

/// <summary>
/// One <see cref="AccountingFixture"/> (one schema registry) for every test class. The connector publishes to the
/// real canonical topics, so every class must decode them with the registry that assigned their schema ids: with a
/// registry per class, id 2 written by the first class's connector (InvoiceRaised) meant OrderPlaced to the second.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccountingCollection : ICollectionFixture<AccountingFixture>
{
    public const string Name = "accounting";
}
