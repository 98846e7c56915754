using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Polling;

/// <summary>One poller's settings, section "Polling:{name}".</summary>
public sealed class DeltaPollingOptions
{
    public const string SectionPrefix = "Polling";

    public bool Enabled { get; set; } = true;

    /// <summary>Pause between polls once the backlog is read.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How far below the watermark each poll reads again. It covers changes with equal timestamps (sources that keep
    /// seconds only) and changes committed late with an earlier timestamp (a long transaction); set it above the
    /// longest transaction the source runs. Re-read changes are not published twice (see <see cref="Watermark.Seen"/>).
    /// </summary>
    public TimeSpan Overlap { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 10_000)]
    public int PageSize { get; set; } = 200;

    /// <summary>Where a poller without a stored watermark starts; null reads everything the source has.</summary>
    public DateTimeOffset? StartFrom { get; set; }

    /// <summary>First delay after a failed poll; doubles per failure up to <see cref="MaxErrorBackoff"/>.</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxErrorBackoff { get; set; } = TimeSpan.FromMinutes(1);
}
