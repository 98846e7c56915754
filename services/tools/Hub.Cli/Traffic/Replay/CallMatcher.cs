namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// Pairs production calls with the candidate's by <see cref="CapturedCall.Key"/> (method, path template, idempotency
/// or business key); calls with the same key (retries, repeated reads) pair in the order they were made. What is left
/// on one side is a call the other side did not make.
/// </summary>
public static class CallMatcher
{
    public static IReadOnlyList<CallPair> Match(IEnumerable<CapturedCall> production, IEnumerable<CapturedCall> candidate)
    {
        var waiting = candidate.OrderBy(c => c.Exchange.At)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<CapturedCall>(g), StringComparer.Ordinal);
        var pairs = new List<CallPair>();
        foreach (var call in production.OrderBy(c => c.Exchange.At))
        {
            pairs.Add(waiting.TryGetValue(call.Key, out var same) && same.TryDequeue(out var match) ? new CallPair(call, match) : new CallPair(call, null));
        }

        pairs.AddRange(waiting.Values.SelectMany(q => q).OrderBy(c => c.Exchange.At).Select(c => new CallPair(null, c)));
        return pairs;
    }
}
