using System.Globalization;
using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// Compares what production did with each replayed webhook to what the candidate did with it: the webhook's answer,
/// and the calls made while handling it (the API calls captured in the same trace as the delivery). The candidate's
/// deliveries are paired with production's in the order they were replayed, one at a time.
/// </summary>
public static class ReplayComparer
{
    /// <param name="webhooks">The production deliveries replayed, in replay order.</param>
    /// <param name="production">Production's captured window (its API calls are looked up by trace).</param>
    /// <param name="candidate">What the candidate captured during the replay.</param>
    public static ReplayReport Compare(
        IReadOnlyList<CapturedExchange> webhooks, IReadOnlyCollection<CapturedExchange> production, IReadOnlyCollection<CapturedExchange> candidate, ReplayAllowList allow)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(allow);
        var answered = candidate.Where(e => e.Kind == CapturedExchange.WebhookKind).OrderBy(e => e.At).ToList();
        var differences = new List<ReplayDifference>();
        var (productionCalls, candidateCalls) = (0, 0);
        for (var i = 0; i < webhooks.Count; i++)
        {
            var original = webhooks[i];
            var replayed = i < answered.Count ? answered[i] : null;
            var label = string.Create(CultureInfo.InvariantCulture, $"#{i + 1} {original.Request.Method} {original.Request.Target}");
            var made = CallsOf(production, original);
            var remade = replayed is null ? [] : CallsOf(candidate, replayed);
            (productionCalls, candidateCalls) = (productionCalls + made.Count, candidateCalls + remade.Count);
            var pairs = CallMatcher.Match(made, remade).Prepend(new CallPair(CapturedCall.Of(original), replayed is null ? null : CapturedCall.Of(replayed)));
            differences.AddRange(pairs.SelectMany(p => CallDiffer.Compare(label, p)).Select(d => d with { Allowed = allow.Allows(d) }));
        }

        return new ReplayReport(webhooks.Count, productionCalls, candidateCalls, differences);
    }

    private static List<CapturedCall> CallsOf(IEnumerable<CapturedExchange> exchanges, CapturedExchange webhook) => webhook.TraceId is null
        ? []
        : [.. exchanges.Where(e => e.Kind == CapturedExchange.ApiCallKind && e.TraceId == webhook.TraceId).Select(CapturedCall.Of)];
}
