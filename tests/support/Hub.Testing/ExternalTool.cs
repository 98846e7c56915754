using Hub.DevStack;
using Xunit;

namespace Hub.Testing;

/// <summary>
/// Command-line tools from Debian packages (promtool, yamllint, kubectl, ...). A test that needs a missing one skips
/// and names the package, which <c>./build.sh test</c> installs when it runs as root.
/// </summary>
public static class ExternalTool
{
    public static string? Find(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, command))
            .FirstOrDefault(File.Exists);

    /// <summary>The tool's path, or a skip whose reason says which package to install.</summary>
    public static string Require(string command, string package, string? why = null)
    {
        var found = Find(command);
        if (found is null)
        {
            Assert.Skip(why ?? $"'{command}' is not on PATH: install the Debian package '{package}' (./build.sh test installs it when run as root)");
        }

        return found;
    }

    /// <summary>Runs the tool to completion (killed after <paramref name="timeout"/>) and returns its exit code and output (standard output, then standard error).</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string path, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var result = await CommandRun.RunAsync(path, arguments, workingDirectory ?? RepositoryRoot.Path, timeout ?? TimeSpan.FromMinutes(2));
        return (result.ExitCode, result.Output + result.Error);
    }
}
