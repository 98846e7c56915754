namespace Hub.Identity;

/// <summary>Who owns one field of an entity and how changes from others are treated. Owner is optional for last-write-wins.</summary>
public sealed record FieldOwnership(string Field, string? Owner, OwnershipPolicy Policy, NonOwnerAction NonOwner)
{
    /// <summary>Whether the policy also guards records being created in a target system (default: it does not).</summary>
    public CreatePolicy OnCreate { get; init; } = CreatePolicy.Write;
}
