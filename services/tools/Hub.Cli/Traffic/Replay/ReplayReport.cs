namespace Hub.Cli.Traffic.Replay;

/// <summary>What a replay found: how much it compared and every difference, allowed or not.</summary>
public sealed record ReplayReport(int Webhooks, int ProductionCalls, int CandidateCalls, IReadOnlyList<ReplayDifference> Differences)
{
    public IEnumerable<ReplayDifference> Unexpected => Differences.Where(d => !d.Allowed);

    public bool HasDifferences => Unexpected.Any();
}
