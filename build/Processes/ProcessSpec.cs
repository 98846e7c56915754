namespace Hub.Build.Processes;

/// <summary>A command line to run: the unit of what the verbs decide and the tests check.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The command as a person would type it; used in logs and in test assertions.</summary>
    public string CommandLine => string.Join(' ', new[] { FileName }.Concat(Arguments.Select(Quote)));

    private static string Quote(string arg) =>
        arg.Length > 0 && !arg.Any(c => char.IsWhiteSpace(c) || c == '"') ? arg : $"\"{arg.Replace("\"", "\\\"")}\"";
}
