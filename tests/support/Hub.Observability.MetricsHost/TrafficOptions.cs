using System.ComponentModel.DataAnnotations;

namespace Hub.Observability.MetricsHost;

public sealed class TrafficOptions
{
    public const string SectionName = "Traffic";

    /// <summary>Where the generated events go; the "main" subscription reads the same topic.</summary>
    [Required]
    public string Topic { get; set; } = string.Empty;

    [Range(1, 60_000)]
    public int IntervalMs { get; set; } = 200;

    /// <summary>Every n-th event is poison (dead-lettered), so the DLQ panels and alerts have data.</summary>
    [Range(0, 1_000)]
    public int PoisonEvery { get; set; } = 7;

    /// <summary>Every n-th event fails once before succeeding, so the failure counters have data.</summary>
    [Range(0, 1_000)]
    public int FailOnceEvery { get; set; } = 5;

    /// <summary>Every n-th event fails more often than the in-process retries allow, so it is parked on the retry topic.</summary>
    [Range(0, 1_000)]
    public int ParkEvery { get; set; } = 11;

    /// <summary>Every n-th event is published twice, so the deduplication counter has data.</summary>
    [Range(0, 1_000)]
    public int DuplicateEvery { get; set; } = 3;

    /// <summary>Called over HttpClient on every tick when set: stands in for a connector's calls to its external system.</summary>
    public Uri? ExternalUrl { get; set; }
}
