using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Hub.Cli.Output;

/// <summary>
/// Where a command writes. With <c>--output json</c> standard output carries exactly one JSON document and
/// everything meant for people (progress, warnings) goes to standard error. Colours and animations are off
/// whenever standard output is not a terminal.
/// </summary>
public sealed class CliOutput
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Output for people and scripts, not HTML: '+' in an offset or '<' in a message stays as typed.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public CliOutput(TextWriter output, TextWriter error, OutputFormat format, bool interactive)
    {
        Out = output;
        Error = error;
        Format = format;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            // Redirected output has no width; wide tables are better than wrapped ones in a log file.
            Console.Profile.Width = 240;
        }
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public OutputFormat Format { get; }

    public bool IsJson => Format == OutputFormat.Json;

    /// <summary>A terminal: colours, live progress bars.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Human-readable lines: standard output for tables, standard error when stdout is JSON.</summary>
    public TextWriter Human => IsJson ? Error : Out;

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public void Line(string text = "") => Human.WriteLine(text);

    public void Warn(string text) => Error.WriteLine($"warning: {text}");

    public void Write(IRenderable renderable)
    {
        if (IsJson)
        {
            return;
        }

        Console.Write(renderable);
    }

    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        return table;
    }

    /// <summary>Cells are plain text, never markup: values from Kafka may contain brackets.</summary>
    public static void AddRow(Table table, params string?[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c ?? "")));
}
