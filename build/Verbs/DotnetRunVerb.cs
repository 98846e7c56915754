using Hub.Build.Steps;

namespace Hub.Build.Verbs;

/// <summary>
/// A verb that runs one program of the repository with <c>dotnet run -c Release -- args</c>. The programs are
/// written in other issues, so a missing project is reported plainly rather than as an MSBuild error.
/// </summary>
public abstract class DotnetRunVerb(BuildContext context) : IVerb
{
    protected const string Configuration = "Release";

    public abstract string Name { get; }

    public abstract string Usage { get; }

    public abstract string Summary { get; }

    /// <summary>The project folder, relative to the repository root.</summary>
    protected abstract string ProjectDir { get; }

    protected BuildContext Context => context;

    protected DotnetCommands Dotnet => new(context.Layout);

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var dir = context.Layout.Full(ProjectDir);
        if (!Directory.Exists(dir) || !Directory.EnumerateFiles(dir, "*.csproj").Any())
        {
            context.Error.WriteLine($"error: {ProjectDir} does not exist yet, so there is nothing to run for '{Name}'.");
            return ExitCodes.Failure;
        }

        if (!await PrepareAsync(cancellationToken))
        {
            return ExitCodes.Failure;
        }

        context.Header($"{Name}: {ProjectDir}");
        var outcome = await context.Runner.RunAsync(Dotnet.Run(ProjectDir, Configuration, args), null, cancellationToken);
        return outcome.ExitCode;
    }

    /// <summary>Work before the run, e.g. building what the program will start.</summary>
    protected virtual Task<bool> PrepareAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
