using Hub.Identity.Capture;

namespace Hub.Cli.Traffic;

/// <summary>Which captured exchanges `hub capture list` shows: by connector, kind and time window, oldest first.</summary>
public sealed record CaptureFilter(string? Connector, string? Kind, DateTimeOffset? Since, DateTimeOffset? Until, int Limit)
{
    public IReadOnlyList<CapturedExchange> Apply(IEnumerable<CapturedExchange> exchanges) => exchanges
        .Where(e => Connector is null || e.Connector == Connector || e.Connector == $"{Connector}-connector")
        .Where(e => Kind is null || e.Kind == Kind)
        .Where(e => Since is null || e.At >= Since)
        .Where(e => Until is null || e.At < Until)
        .OrderBy(e => e.At)
        .Take(Limit)
        .ToList();
}
