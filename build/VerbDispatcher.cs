using Hub.Build.Verbs;

namespace Hub.Build;

/// <summary>Maps the first argument to a verb; anything it does not know gets the usage text and exit code 2.</summary>
public sealed class VerbDispatcher(IReadOnlyList<IVerb> verbs, TextWriter output, TextWriter error)
{
    public IReadOnlyList<IVerb> Verbs { get; } = verbs;

    public static VerbDispatcher CreateDefault(BuildContext context) => new(
        [
            new TestVerb(context),
            new SchemasVerb(context),
            new ManifestsVerb(context),
            new DemoVerb(context),
            new BenchVerb(context),
            new ToolVerb(context),
            new UpVerb(context),
            new DownVerb(context),
        ],
        context.Out,
        context.Error);

    public async Task<int> DispatchAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        if (args.Count == 0)
        {
            error.WriteLine("error: no verb given.");
            error.Write(UsageText());
            return ExitCodes.Usage;
        }

        var name = args[0];
        if (name is "help" or "--help" or "-h" or "-?")
        {
            output.Write(UsageText());
            return ExitCodes.Success;
        }

        var verb = Verbs.FirstOrDefault(v => v.Name == name);
        if (verb is null)
        {
            error.WriteLine($"error: unknown verb '{name}'.");
            error.Write(UsageText());
            return ExitCodes.Usage;
        }

        return await verb.RunAsync(args.Skip(1).ToArray(), cancellationToken);
    }

    public string UsageText()
    {
        var lines = new List<string> { "usage: ./build.sh <verb> [args]   (or ./build.ps1 <verb> [args])", "", "verbs:" };
        lines.AddRange(Verbs.Select(v => $"  {v.Usage,-20} {v.Summary}"));
        lines.Add($"  {"help",-20} show this text");
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
