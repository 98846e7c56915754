using System.ComponentModel.DataAnnotations;

namespace Legacy.Connector.Outbound;

/// <summary>The "Legacy:Outbound" section: customer import files written to the outbox for the legacy system.</summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Legacy:Outbound";

    /// <summary>A file is written once this many rows are waiting...</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>...or once the oldest waiting row is this old.</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromSeconds(30);

    [Required]
    public string Mapping { get; set; } = "canonical-to-legacy.customer";

    /// <summary>File names: &lt;prefix&gt;&lt;UTC time&gt;_&lt;first event id&gt;.csv, with a .done marker.</summary>
    [Required]
    public string FilePrefix { get; set; } = "customers_in_";

    public string Delimiter { get; set; } = ",";
}
