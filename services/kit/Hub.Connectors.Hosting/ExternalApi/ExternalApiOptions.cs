using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Hosting;

/// <summary>Where and how to reach one external API: section "ExternalApis:{name}".</summary>
public sealed class ExternalApiOptions
{
    public const string SectionPrefix = "ExternalApis";

    [Required]
    public Uri? BaseUrl { get; set; }

    /// <summary>Per request; a slow answer counts as unavailable (retried later), never as a failure of the event.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Header carrying the credential, e.g. Authorization or X-Shopify-Access-Token; empty = no credential.</summary>
    public string? CredentialHeader { get; set; }

    /// <summary>Name of the secret (ISecretProvider) holding the credential.</summary>
    public string? CredentialSecret { get; set; }

    /// <summary>How the secret becomes the header value; {0} is the secret, e.g. "Bearer {0}".</summary>
    public string CredentialFormat { get; set; } = "{0}";

    /// <summary>
    /// How long a credential read from the secret store is reused (default 5 minutes; zero reads it for every
    /// request). A rotation shows sooner anyway: a 401 reads the secret again and retries once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CredentialTtl { get; set; } = TimeSpan.FromMinutes(5);
}
