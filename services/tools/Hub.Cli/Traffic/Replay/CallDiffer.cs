using System.Globalization;
using Hub.Identity.Capture;

namespace Hub.Cli.Traffic.Replay;

/// <summary>
/// Compares a matched pair field by field. For a call the connector made, the request: query parameters
/// (<c>query.name</c>) and body fields (<see cref="BodyFields"/>), not the answer, which is the sandbox's and not the
/// production system's. For a webhook, the connector's own answer: <c>status</c> and its body's fields.
/// </summary>
public static class CallDiffer
{
    public const string Made = "made";

    public static IEnumerable<ReplayDifference> Compare(string webhook, CallPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var call = pair.Either;
        ReplayDifference Difference(string path, string? production, string? candidate) =>
            new(webhook, call.Key, call.Method, call.Target.Template, path, production, candidate);

        if (pair.Production is null || pair.Candidate is null)
        {
            yield return Difference(ReplayDifference.WholeCall, pair.Production is null ? null : Made, pair.Candidate is null ? null : Made);
            yield break;
        }

        var (production, candidate) = (Fields(pair.Production.Exchange), Fields(pair.Candidate.Exchange));
        foreach (var path in production.Keys.Union(candidate.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (before, after) = (production.GetValueOrDefault(path), candidate.GetValueOrDefault(path));
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                yield return Difference(path, before, after);
            }
        }
    }

    private static Dictionary<string, string> Fields(CapturedExchange exchange)
    {
        if (exchange.Kind == CapturedExchange.WebhookKind)
        {
            var answer = new Dictionary<string, string>(BodyFields.Of(exchange.Response?.Body), StringComparer.Ordinal)
            {
                ["status"] = exchange.Response?.Status?.ToString(CultureInfo.InvariantCulture) ?? exchange.Failure ?? "",
            };
            return answer;
        }

        var fields = new Dictionary<string, string>(BodyFields.Of(exchange.Request.Body), StringComparer.Ordinal);
        foreach (var (name, value) in CallTarget.Parse(exchange.Request.Target).Query)
        {
            fields[$"query.{name}"] = value;
        }

        return fields;
    }
}
