using System.CommandLine;
using Hub.Cli.Infrastructure;

namespace Hub.Cli.Conflicts;

/// <summary>The id argument of conflicts show/accept/reject and the selection options of conflicts list.</summary>
public static class ConflictOptions
{
    public static readonly Argument<string> Id = new("id") { Description = "The conflict's id ('hub conflicts list' shows it)" };

    public static readonly Option<string?> Entity = new("--entity") { Description = "Only this entity type (customer, product, ...)" };

    public static readonly Option<string?> Field = new("--field") { Description = "Only conflicts about this field (email, price, ...)" };

    public static readonly Option<string?> System = new("--system") { Description = "Only conflicts this system proposed or owns" };

    public static readonly Option<bool> Decided = new("--decided") { Description = "Decided conflicts, newest first, instead of pending ones (oldest first)" };

    public static readonly Option<int> Limit = new("--limit") { Description = "Show at most this many", DefaultValueFactory = _ => 100 };

    public static void AddFilterTo(Command command)
    {
        foreach (var option in new Option[] { Entity, Field, System, Decided, Limit })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Checked before Redis is contacted, so a typo is exit code 2 without a round trip.</summary>
    public static ConflictFilter Filter(ParseResult parse)
    {
        var limit = parse.GetValue(Limit);
        return limit < 1
            ? throw CliException.BadInput("--limit must be at least 1.")
            : new ConflictFilter
            {
                Entity = Blank(parse.GetValue(Entity)),
                Field = Blank(parse.GetValue(Field)),
                System = Blank(parse.GetValue(System)),
                Decided = parse.GetValue(Decided),
                Limit = limit,
            };
    }

    public static string RequireId(ParseResult parse) =>
        parse.GetValue(Id) is { } id && !string.IsNullOrWhiteSpace(id)
            ? id.Trim()
            : throw CliException.BadInput("The conflict id is empty; 'hub conflicts list' shows the ids.");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
