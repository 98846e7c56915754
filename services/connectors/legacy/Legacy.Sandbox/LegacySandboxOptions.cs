using System.ComponentModel.DataAnnotations;

namespace Legacy.Sandbox;

/// <summary>The "LegacySandbox" section: the two folders shared with the connector.</summary>
public sealed class LegacySandboxOptions
{
    public const string SectionName = "LegacySandbox";

    /// <summary>Where exports are written: the connector's Legacy:Folders:Inbox.</summary>
    [Required]
    public string DropFolder { get; set; } = "data/legacy/inbox";

    /// <summary>Where import files are picked up: the connector's Legacy:Folders:Outbox.</summary>
    [Required]
    public string ImportFolder { get; set; } = "data/legacy/outbox";

    public TimeSpan ImportPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
