using System.CommandLine;
using Hub.Cli.Infrastructure;
using Hub.Cli.Traffic;
using Hub.Cli.Traffic.Replay;
using Hub.Identity.Capture;

namespace Hub.Cli.Commands;

/// <summary>
/// `hub capture replay`: the captured webhooks of a connector's window (hub.capture or capture files) through a
/// candidate build against its sandbox, with the calls it makes diffed against production's field by field. Exit 4
/// when differences remain beyond the allow-list, 1 when the replay could not run (docs/cli.md).
/// </summary>
public static class CaptureReplayCommand
{
    private static readonly Option<string> Connector = new("--connector") { Description = "Whose traffic (e.g. crm-connector, or its system name crm)", Required = true };
    private static readonly Option<string?> Files = new("--files") { Description = "Read the capture from this JSONL file or folder (Capture:Sink=File) instead of hub.capture" };
    private static readonly Option<string?> Since = new("--since") { Description = $"Only deliveries at or after: {TimeExpression.TimeHelp}" };
    private static readonly Option<string?> Until = new("--until") { Description = "Only deliveries before this time" };
    private static readonly Option<int> Limit = new("--limit") { Description = "At most this many deliveries (oldest first)", DefaultValueFactory = _ => 500 };
    private static readonly Option<string> Candidate = new("--candidate") { Description = "The candidate connector build: path to its dll", Required = true };
    private static readonly Option<string?> Sandbox = new("--sandbox") { Description = "The sandbox build to start: path to its dll" };
    private static readonly Option<string?> SandboxUrl = new("--sandbox-url") { Description = "Or a sandbox already running (loopback or a test environment)" };
    private static readonly Option<string?> Api = new("--api") { Description = "The connector's API name (ExternalApis:<api>:BaseUrl); default: the captured calls' channel, else the system name" };
    private static readonly Option<string[]> Set = new("--set") { Description = "A candidate setting Section__Key=value (repeatable): secrets shared with the sandbox, topics, mapping overrides" };
    private static readonly Option<string[]> SandboxSet = new("--sandbox-set") { Description = "A setting of the started sandbox, Section__Key=value (repeatable), e.g. Webhooks__Secret" };
    private static readonly Option<string?> Allow = new("--allow") { Description = "The allow-list file: field paths that may differ (docs/cli.md)" };
    private static readonly Option<string> ReadyPath = new("--ready-path") { Description = "What the candidate answers 200 on when it is ready", DefaultValueFactory = _ => "/health/live" };

    public static Command Create()
    {
        var command = new Command("replay", "Run captured webhooks through a candidate build against its sandbox and diff the calls it makes with production's");
        foreach (var option in new Option[] { Connector, Files, Since, Until, Limit, Candidate, Sandbox, SandboxUrl, Api, Set, SandboxSet, Allow, ReadyPath })
        {
            command.Options.Add(option);
        }

        CommandRunner.SetHandler(command, RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var connector = parse.GetValue(Connector)!;
        var candidate = parse.GetValue(Candidate)!;
        var allow = ReadAllowList(parse.GetValue(Allow));
        foreach (var (option, dll) in new[] { ("--candidate", candidate), ("--sandbox", parse.GetValue(Sandbox)) })
        {
            if (dll is not null && !File.Exists(dll))
            {
                throw CliException.BadInput($"{option} {dll}: no such file.");
            }
        }

        var window = new CaptureFilter(
            connector,
            null,
            parse.GetValue(Since) is { } since ? TimeExpression.ParseTime(since, context.Now, "--since") : null,
            parse.GetValue(Until) is { } until ? TimeExpression.ParseTime(until, context.Now, "--until") : null,
            int.MaxValue).Apply(ReadCapture(context, parse.GetValue(Files), cancellationToken));
        var (webhooks, skipped) = Replayable(window, parse.GetValue(Limit));
        if (skipped > 0)
        {
            context.Output.Warn($"{skipped} delivery(ies) were captured without their body (over the size limit or not JSON) and cannot be replayed.");
        }

        if (webhooks.Count == 0)
        {
            throw CliException.BadInput($"No replayable webhook deliveries of {connector} in the window (see 'hub capture list --connector {connector} --kind webhook').");
        }

        var setup = new ReplaySetup(
            candidate,
            parse.GetValue(Sandbox),
            parse.GetValue(SandboxUrl) is { } url ? new Uri(url) : null,
            parse.GetValue(Api) ?? window.FirstOrDefault(e => e.Kind == CapturedExchange.ApiCallKind)?.Channel ?? connector.Replace("-connector", "", StringComparison.Ordinal),
            Settings(parse.GetValue(Set), "--set"),
            Settings(parse.GetValue(SandboxSet), "--sandbox-set"),
            parse.GetValue(ReadyPath)!);
        ReplayRun replayed;
        try
        {
            replayed = await CaptureReplayer.RunAsync(setup, context.Settings, webhooks, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or HttpRequestException or System.ComponentModel.Win32Exception)
        {
            throw CliException.Failed($"The replay could not run: {ex.Message}", ex);
        }

        var deferred = replayed.Captured.Count(e => e.Kind == CapturedExchange.WebhookKind && e.Response?.Status >= 500);
        if (deferred > 0)
        {
            context.Output.Warn($"The candidate deferred {deferred} delivery(ies) (5xx: it could not process them); the end of its output:{Environment.NewLine}{replayed.CandidateOutput}");
        }

        var report = ReplayComparer.Compare(webhooks, window, replayed.Captured, allow);
        ReplayView.Show(context.Output, report, allow.Count);
        return report.HasDifferences ? ExitCodes.Differences : ExitCodes.Ok;
    }

    private static List<CapturedExchange> ReadCapture(CliContext context, string? files, CancellationToken cancellationToken)
    {
        var (all, unreadable) = files is null
            ? JsonTopicReader.Read<CapturedExchange>(
                context, CaptureJsonSerializer.Topic, CaptureJsonSerializer.Options, "no connector has captured traffic there (switch capture on with Capture__Enabled=true).", cancellationToken)
            : Directory.Exists(files) || File.Exists(files) ? CaptureFiles.Read(files) : throw CliException.BadInput($"--files {files}: no such file or folder.");
        if (unreadable > 0)
        {
            context.Output.Warn($"{unreadable} record(s) are not captured exchanges and were skipped.");
        }

        return all;
    }

    private static (List<CapturedExchange> Webhooks, int Skipped) Replayable(IReadOnlyList<CapturedExchange> window, int limit)
    {
        var deliveries = window.Where(e => e.Kind == CapturedExchange.WebhookKind).ToList();
        var replayable = deliveries.Where(e => e.Request.Body is not null).Take(limit).ToList();
        return (replayable, deliveries.Count(e => e.Request.Body is null));
    }

    private static ReplayAllowList ReadAllowList(string? file)
    {
        if (file is null)
        {
            return ReplayAllowList.Empty;
        }

        try
        {
            return ReplayAllowList.Parse(File.ReadAllLines(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            throw CliException.BadInput($"--allow {file}: {ex.Message}");
        }
    }

    private static Dictionary<string, string> Settings(string[]? values, string option)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var parts = value.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0)
            {
                throw CliException.BadInput($"{option} {value}: expected Section__Key=value.");
            }

            settings[parts[0]] = parts[1];
        }

        return settings;
    }
}
