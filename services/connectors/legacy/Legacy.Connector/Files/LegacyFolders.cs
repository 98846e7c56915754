using System.ComponentModel.DataAnnotations;

namespace Legacy.Connector.Files;

/// <summary>
/// The "Legacy:Folders" section. Relative paths are resolved against the working directory. All of them should be on
/// one file system: claiming, archiving and quarantining are renames, which are atomic only within one.
/// </summary>
public sealed class LegacyFolders
{
    public const string SectionName = "Legacy:Folders";

    /// <summary>Where the legacy system drops its exports.</summary>
    [Required]
    public string Inbox { get; set; } = "data/inbox";

    /// <summary>Files claimed by the connector; what is left here after a crash is processed again on start.</summary>
    [Required]
    public string Processing { get; set; } = "data/processing";

    /// <summary>Processed files, under yyyy/MM/dd (duplicates under yyyy/MM/dd/duplicates).</summary>
    [Required]
    public string Archive { get; set; } = "data/archive";

    /// <summary>Rejected rows: &lt;file&gt;.rejected.csv, the original row plus REJECT_ROW and REJECT_REASON.</summary>
    [Required]
    public string Quarantine { get; set; } = "data/quarantine";

    /// <summary>Whole files that could not be read, each with a &lt;file&gt;.reason.txt.</summary>
    [Required]
    public string Error { get; set; } = "data/error";

    /// <summary>Customer files for the legacy system to import.</summary>
    [Required]
    public string Outbox { get; set; } = "data/outbox";

    public string InboxPath => Path.GetFullPath(Inbox);

    public string ProcessingPath => Path.GetFullPath(Processing);

    public string ArchivePath => Path.GetFullPath(Archive);

    public string QuarantinePath => Path.GetFullPath(Quarantine);

    public string ErrorPath => Path.GetFullPath(Error);

    public string OutboxPath => Path.GetFullPath(Outbox);

    public IEnumerable<string> All => [InboxPath, ProcessingPath, ArchivePath, QuarantinePath, ErrorPath, OutboxPath];

    public void EnsureCreated()
    {
        foreach (var folder in All)
        {
            Directory.CreateDirectory(folder);
        }
    }
}
