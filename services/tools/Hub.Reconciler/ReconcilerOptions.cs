using System.ComponentModel.DataAnnotations;
using Hub.Reconciliation;

namespace Hub.Reconciler;

/// <summary>The section <c>Reconcile</c>: what the scheduled reconciliation compares, how often and where the connectors answer.</summary>
public sealed class ReconcilerOptions
{
    public const string SectionName = "Reconcile";

    /// <summary>Time between the end of one scheduled run and the start of the next. Default one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// System → connector address (<c>Reconcile__Connectors__crm=http://hub-crm.hub</c>), the same settings `hub reconcile`
    /// reads. At least two: one system alone has nothing to be compared with.
    /// </summary>
    public Dictionary<string, string> Connectors { get; set; } = new(StringComparer.Ordinal);

    /// <summary>What each run compares, by the names of <see cref="ReconcileEntities"/>. Default: customers.</summary>
    public List<string> Entities { get; set; } = [];

    /// <summary>How far a copy may lag behind the newest copy before it counts as stale. Default one hour.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan FreshnessTarget { get; set; } = ReconcileOptions.DefaultFreshnessTarget;

    /// <summary>How long one connector may take to answer one snapshot page. Default one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>contracts/ownership.yaml, relative to the application's folder (the build copies it there). Default ownership.yaml.</summary>
    [Required]
    public string OwnershipFile { get; set; } = "ownership.yaml";

    /// <summary>The entities to compare: <see cref="Entities"/>, or customers when none are named.</summary>
    public IReadOnlyList<string> EntitiesOrDefault => Entities.Count > 0 ? Entities : [ReconcileEntities.Customers];
}
