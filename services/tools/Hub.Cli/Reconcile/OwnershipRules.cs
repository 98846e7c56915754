using Hub.Cli.Infrastructure;
using Hub.Identity;

namespace Hub.Cli.Reconcile;

/// <summary>
/// The ownership rules the comparison judges drift by: contracts/ownership.yaml as the connectors have it (copied next
/// to hub.dll by the build, like next to every connector), or the file <c>--ownership</c> names.
/// </summary>
public static class OwnershipRules
{
    public const string DefaultFile = "ownership.yaml";

    public static EntityIdentity Load(string? path, string entityType)
    {
        var file = path ?? Path.Combine(AppContext.BaseDirectory, DefaultFile);
        if (!File.Exists(file))
        {
            throw CliException.BadInput($"--ownership: {file} does not exist.");
        }

        try
        {
            return IdentityConfiguration.Load(file)[entityType];
        }
        catch (IdentityConfigurationException ex)
        {
            throw CliException.BadInput(ex.Message);
        }
        catch (ArgumentException ex)
        {
            throw CliException.BadInput($"{file}: {ex.Message}");
        }
    }
}
