using Hub.Build.Processes;

namespace Hub.Build.Steps;

/// <summary>
/// Makes sure a Debian package's command exists. The embedded dev stack needs redis-server, and a fresh CI
/// machine may not have it, so the build installs it when it may (root) and otherwise says what to run.
/// </summary>
public sealed class AptInstaller(BuildContext context)
{
    /// <param name="optional">
    /// The tool only enables some tests (promtool, yamllint, kubectl): failing to install it is a warning, because
    /// those tests skip with a reason naming the package instead of failing.
    /// </param>
    public async Task<bool> EnsureAsync(string command, string package, CancellationToken cancellationToken, bool optional = false)
    {
        var problem = optional ? "warning" : "error";
        var consequence = optional ? " Tests that need it will be skipped." : "";
        context.Header(command);
        var found = context.Host.FindOnPath(command);
        if (found is not null)
        {
            context.Out.WriteLine($"found {found}");
            return true;
        }

        var installCommand = $"apt-get update && apt-get install -y {package}";
        if (context.Host.IsWindows || context.Host.FindOnPath("apt-get") is null)
        {
            context.Error.WriteLine($"{problem}: '{command}' is not on PATH; install the '{package}' package and retry.{consequence}");
            return false;
        }

        if (!context.Host.IsRoot)
        {
            context.Error.WriteLine(
                $"{problem}: '{command}' is not on PATH and installing it needs root.{consequence} Run:{Environment.NewLine}" +
                $"  sudo sh -c '{installCommand}'");
            return false;
        }

        // Non-interactive so a debconf prompt can never hang CI.
        var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
        foreach (var args in new[] { new[] { "update" }, new[] { "install", "-y", package } })
        {
            var spec = new ProcessSpec("apt-get", args, context.Layout.Root) { Environment = env };
            context.Out.WriteLine(spec.CommandLine);
            var outcome = await context.Runner.RunAsync(spec, timeout: null, cancellationToken);
            if (!outcome.Succeeded)
            {
                context.Error.WriteLine($"{problem}: '{spec.CommandLine}' failed with exit code {outcome.ExitCode}.{consequence}");
                return false;
            }
        }

        if (context.Host.FindOnPath(command) is null)
        {
            context.Error.WriteLine($"{problem}: installed '{package}' but '{command}' is still not on PATH.{consequence}");
            return false;
        }

        return true;
    }
}
