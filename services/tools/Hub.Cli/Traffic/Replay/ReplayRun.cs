using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>What the candidate captured during a replay, and the end of its output (to explain the deliveries it deferred).</summary>
public sealed record ReplayRun(IReadOnlyList<CapturedExchange> Captured, string CandidateOutput);
