using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Hub.Schemas.Gate;

/// <summary>Reads committed contract files with <c>git show &lt;revision&gt;:./&lt;path&gt;</c>, run in the contracts folder.</summary>
public sealed class GitCommittedContracts : ICommittedContracts
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly string _contractsDirectory;

    private GitCommittedContracts(string contractsDirectory, string revision)
    {
        _contractsDirectory = contractsDirectory;
        Revision = revision;
    }

    public string Revision { get; }

    /// <summary>
    /// The committed state at <paramref name="revision"/>, or null (with the reason) when there is none to compare
    /// with: git is not installed, the folder is not in a work tree, or HEAD has no commit yet.
    /// </summary>
    /// <exception cref="GateInputException">An explicitly named revision does not exist (a typo must not pass silently).</exception>
    public static GitCommittedContracts? Open(string contractsDirectory, string revision, out string? reason)
    {
        var inside = Run(contractsDirectory, "rev-parse", "--is-inside-work-tree");
        if (inside is not { ExitCode: 0 } || inside.Value.Output.Trim() != "true")
        {
            // git's own words matter here: "dubious ownership" in a CI container looks like "no repository" otherwise.
            reason = inside is null
                ? "git is not installed"
                : $"{contractsDirectory} is not in a git work tree ({FirstLine(inside.Value.Error)})";
            return null;
        }

        if (Run(contractsDirectory, "rev-parse", "--verify", "--quiet", revision + "^{commit}") is not { ExitCode: 0 })
        {
            if (revision != "HEAD")
            {
                throw new GateInputException($"git revision '{revision}' does not exist.");
            }

            reason = "the repository has no commit yet";
            return null;
        }

        reason = null;
        return new GitCommittedContracts(contractsDirectory, revision);
    }

    public string? ReadCommitted(string relativePath)
    {
        // "<rev>:./path" is resolved against the working directory, so no need to know where the repository root is.
        var shown = Run(_contractsDirectory, "show", $"{Revision}:./{relativePath}");
        return shown is { ExitCode: 0 } ? shown.Value.Output : null;
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "git said nothing";

    private static (int ExitCode, string Output, string Error)? Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            // Both pipes drained while waiting: a full pipe would otherwise block git, and a hung git the gate.
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(CommandTimeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "", $"git {string.Join(' ', args)} did not finish within {CommandTimeout.TotalSeconds:0} s");
            }

            return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
        catch (Win32Exception)
        {
            return null;
        }
    }
}
