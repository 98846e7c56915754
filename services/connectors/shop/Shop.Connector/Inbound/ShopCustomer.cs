namespace Shop.Connector.Inbound;

/// <summary>
/// A shop customer mapped to canonical fields. <see cref="Fields"/> holds the mapping's output by canonical name
/// (givenName, email, ..., and billingAddress as an address record); <see cref="ChangedAt"/> is the shop's updated_at.
/// </summary>
public sealed record ShopCustomer(string CustomerId, IReadOnlyDictionary<string, object?> Fields, DateTimeOffset ChangedAt)
{
    public string? Text(string field) => Fields.GetValueOrDefault(field) as string;
}
