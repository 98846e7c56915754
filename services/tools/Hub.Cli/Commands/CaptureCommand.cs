using System.CommandLine;
using Hub.Cli.Traffic;
using Hub.Cli.Infrastructure;
using Hub.Identity.Capture;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub capture list`: what connectors with Capture:Enabled recorded on hub.capture (webhook deliveries and API
/// calls, redacted), filtered by connector, kind and time; -o json gives each exchange whole, headers and bodies.
/// </summary>
public static class CaptureCommand
{
    private static readonly Option<string?> Connector = new("--connector") { Description = "Only this connector (e.g. shop-connector, or its system name shop)" };
    private static readonly Option<string?> Kind = new("--kind") { Description = $"Only '{CapturedExchange.WebhookKind}' (deliveries received) or '{CapturedExchange.ApiCallKind}' (calls made)" };
    private static readonly Option<string?> Since = new("--since") { Description = $"Only exchanges at or after: {TimeExpression.TimeHelp}" };
    private static readonly Option<string?> Until = new("--until") { Description = "Only exchanges before this time" };
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many (oldest first)", DefaultValueFactory = _ => 100 };

    public static Command Create()
    {
        var list = new Command("list", "Captured exchanges (oldest first)");
        foreach (var option in new Option[] { Connector, Kind, Since, Until, Limit })
        {
            list.Options.Add(option);
        }

        CommandRunner.SetHandler(list, ListAsync);
        var command = new Command("capture", "Traffic connectors captured (Capture:Enabled): webhook deliveries and API calls, redacted");
        command.Subcommands.Add(list);
        command.Subcommands.Add(CaptureReplayCommand.Create());
        return command;
    }

    private static Task<int> ListAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var kind = parse.GetValue(Kind);
        if (kind is not null and not (CapturedExchange.WebhookKind or CapturedExchange.ApiCallKind))
        {
            throw CliException.BadInput($"--kind must be '{CapturedExchange.WebhookKind}' or '{CapturedExchange.ApiCallKind}', not '{kind}'.");
        }

        var filter = new CaptureFilter(
            parse.GetValue(Connector),
            kind,
            parse.GetValue(Since) is { } since ? TimeExpression.ParseTime(since, context.Now, "--since") : null,
            parse.GetValue(Until) is { } until ? TimeExpression.ParseTime(until, context.Now, "--until") : null,
            parse.GetValue(Limit));
        var (all, unreadable) = JsonTopicReader.Read<CapturedExchange>(
            context, CaptureJsonSerializer.Topic, CaptureJsonSerializer.Options,
            "no connector has captured traffic there (switch capture on with Capture__Enabled=true; create the topic with 'hub topics apply --yes --reason ...').",
            cancellationToken);
        if (unreadable > 0)
        {
            context.Output.Warn($"{unreadable} message(s) on {CaptureJsonSerializer.Topic} are not captured exchanges and were skipped.");
        }

        var exchanges = filter.Apply(all);
        if (context.Output.IsJson)
        {
            context.Output.WriteJson(new { count = exchanges.Count, exchanges });
            return Task.FromResult(ExitCodes.Ok);
        }

        if (exchanges.Count == 0)
        {
            context.Output.Line("No captured exchanges match.");
            return Task.FromResult(ExitCodes.Ok);
        }

        context.Output.Write(CaptureView.List(exchanges));
        context.Output.Line($"{exchanges.Count} exchange(s){(exchanges.Count == filter.Limit ? " (--limit reached)" : "")}. Headers and bodies: -o json.");
        return Task.FromResult(ExitCodes.Ok);
    }
}
