using System.ComponentModel.DataAnnotations;

namespace Legacy.Connector.Inbound;

/// <summary>The "Legacy:Inbound" section: when a dropped file counts as complete, how each kind of file is read, where rejected rows go.</summary>
public sealed class InboundOptions : IValidatableObject
{
    public const string SectionName = "Legacy:Inbound";

    /// <summary>The system name in envelopes and in the cross-reference (a system of contracts/ownership.yaml).</summary>
    [Required]
    public string SourceSystem { get; set; } = "legacy-csv";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A file without a marker is taken once its size and modification time stayed the same this long.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Companion files that say "the data file is complete": <c>&lt;name&gt;.done</c> or <c>&lt;name without extension&gt;.done</c>.</summary>
    public string[] MarkerSuffixes { get; set; } = [".done", ".ok"];

    /// <summary>Take files only when their marker exists (never by settle time).</summary>
    public bool RequireMarker { get; set; }

    /// <summary>How long a file whose events could not all be published waits in processing/ before the next try.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Rejected rows as JSON (QuarantinedRow), for operators' tools.</summary>
    [Required]
    public string QuarantineTopic { get; set; } = "legacy-connector.quarantine";

    /// <summary>Canonical customer fields used as identity match keys (names of contracts/ownership.yaml match keys).</summary>
    public string[] CustomerMatchKeys { get; set; } = ["email", "vatId"];

    public List<FilePatternOptions> Files { get; set; } = [];

    public FilePatternOptions? PatternFor(string fileName) => Files.FirstOrDefault(f => f.Matches(fileName));

    /// <summary>The marker files of <paramref name="dataFile"/> that may exist: &lt;name&gt;.done and &lt;name without extension&gt;.done.</summary>
    public IEnumerable<string> MarkersOf(string dataFile) => MarkerSuffixes.SelectMany(s => new[]
    {
        dataFile + s,
        Path.Combine(Path.GetDirectoryName(dataFile) ?? "", Path.GetFileNameWithoutExtension(dataFile) + s),
    }).Distinct(StringComparer.Ordinal);

    public bool IsMarker(string fileName) => MarkerSuffixes.Any(s => fileName.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SettleTime <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("SettleTime and PollInterval must be positive.", [nameof(SettleTime), nameof(PollInterval)]);
        }

        foreach (var file in Files)
        {
            if (string.IsNullOrWhiteSpace(file.Pattern) || string.IsNullOrWhiteSpace(file.Mapping))
            {
                yield return new ValidationResult("Every Legacy:Inbound:Files entry needs a Pattern and a Mapping.", [nameof(Files)]);
            }
            else if (file.Format == FileFormat.FixedWidth && string.IsNullOrWhiteSpace(file.Layout))
            {
                yield return new ValidationResult($"{file.Pattern}: a fixed-width file needs a Layout.", [nameof(Files)]);
            }
            else if (file.Format == FileFormat.Csv && file.Delimiter.Length == 0)
            {
                yield return new ValidationResult($"{file.Pattern}: the Delimiter is empty.", [nameof(Files)]);
            }
        }
    }
}
