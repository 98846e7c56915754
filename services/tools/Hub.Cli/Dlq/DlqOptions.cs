using System.CommandLine;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.Dlq;

/// <summary>The selection options shared by dlq list, replay and purge.</summary>
public static class DlqOptions
{
    public static readonly Option<string?> Connector = new("--connector", "-c") { Description = "A connector or one of its groups (default: every dead-letter topic)" };

    public static readonly Option<string?> ErrorClass = new("--error-class") { Description = "Part of the exception type (hub-error-class), case-insensitive" };

    public static readonly Option<string?> ErrorKind = new("--error-kind") { Description = "Start of hub-error-kind: permanent, permanent:<reason>, transient-exhausted" };

    public static readonly Option<string?> Key = new("--key") { Description = "The message key (entity id)" };

    public static readonly Option<string?> EventType = new("--event-type") { Description = "The event-type header" };

    public static readonly Option<string?> EventId = new("--event-id") { Description = "The event-id header" };

    public static readonly Option<string?> Since = new("--since") { Description = $"Failed at or after: {TimeExpression.TimeHelp}" };

    public static readonly Option<string?> Until = new("--until") { Description = $"Failed before: {TimeExpression.TimeHelp}" };

    public static readonly Option<string[]> Ids = new("--id") { Description = "A dead letter as topic:partition:offset (repeatable)", AllowMultipleArgumentsPerToken = false };

    public static readonly Option<bool> IncludeResolved = new("--include-resolved") { Description = "Also dead letters already replayed or purged" };

    public static void AddTo(Command command, bool withIds)
    {
        foreach (var option in new Option[] { Connector, ErrorClass, ErrorKind, Key, EventType, EventId, Since, Until, IncludeResolved })
        {
            command.Options.Add(option);
        }

        if (withIds)
        {
            command.Options.Add(Ids);
        }
    }

    /// <summary>Parses times before anything is contacted, so a typo is exit code 2 without a round trip.</summary>
    public static DlqFilter Filter(ParseResult parse, DateTimeOffset now) => new()
    {
        ErrorClass = parse.GetValue(ErrorClass),
        ErrorKind = parse.GetValue(ErrorKind),
        Key = parse.GetValue(Key),
        EventType = parse.GetValue(EventType),
        EventId = parse.GetValue(EventId),
        Since = parse.GetValue(Since) is { } since ? TimeExpression.ParseTime(since, now, "--since") : null,
        Until = parse.GetValue(Until) is { } until ? TimeExpression.ParseTime(until, now, "--until") : null,
        Refs = (parse.GetValue(Ids) ?? []).Select(ValidateRef).ToHashSet(StringComparer.Ordinal),
        IncludeResolved = parse.GetValue(IncludeResolved),
    };

    public static string ValidateRef(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0].Length == 0
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            || !long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw CliException.BadInput($"'{text}' is not a dead letter id; use <dlq topic>:<partition>:<offset> as 'hub dlq list' shows it.");
        }

        return text;
    }
}
