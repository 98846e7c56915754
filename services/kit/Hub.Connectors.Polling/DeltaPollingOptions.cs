using System.ComponentModel.DataAnnotations;

namespace Hub.Connectors.Polling;

/// <summary>One poller's settings, section "Polling:{name}". What happens after a failed poll is "Resilience:polling".</summary>
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

    /// <summary>
    /// Keys that moved to <c>Resilience:polling</c> (one backoff for every poller, see docs/reliability.md): refused on
    /// start, so a value set here is not silently ignored.
    /// </summary>
    public static IReadOnlyDictionary<string, string> MovedKeys { get; } = new Dictionary<string, string>
    {
        ["ErrorBackoff"] = "Resilience:polling:Delay",
        ["MaxErrorBackoff"] = "Resilience:polling:MaxDelay",
    };
}
