namespace Hub.Cli.Traffic.Replay;

/// <summary>A production call and the candidate's call matched to it; either is null when the other side made none.</summary>
public sealed record CallPair(CapturedCall? Production, CapturedCall? Candidate)
{
    public CapturedCall Either => Production ?? Candidate ?? throw new InvalidOperationException("A pair has at least one call.");
}
