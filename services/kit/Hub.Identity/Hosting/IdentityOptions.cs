using System.ComponentModel.DataAnnotations;

namespace Hub.Identity;

public sealed class IdentityOptions
{
    public const string SectionName = "Identity";

    /// <summary>The ownership and identity file (e.g. contracts/ownership.yaml copied next to the service).</summary>
    [Required]
    public string OwnershipFile { get; set; } = "ownership.yaml";

    /// <summary>StackExchange.Redis configuration; empty means "use the IConnectionMultiplexer already registered".</summary>
    public string? RedisConfiguration { get; set; }

    /// <summary>Prefix of every key, so several environments can share one Redis.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "hub";
}
