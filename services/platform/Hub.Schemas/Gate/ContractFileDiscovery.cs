using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Schemas.Gate;

/// <summary>Finds the versioned event files below a contracts folder; shared types in <c>common/</c> are not events.</summary>
public static partial class ContractFileDiscovery
{
    public const string SharedTypesFolder = "common";

    /// <summary>The event files (by event, then version) and the .avsc files whose names break the convention.</summary>
    /// <exception cref="GateInputException">The folder does not exist.</exception>
    public static (IReadOnlyList<ContractFile> Files, IReadOnlyList<string> BadNames) Discover(string contractsDirectory)
    {
        if (!Directory.Exists(contractsDirectory))
        {
            throw new GateInputException($"the contracts folder {contractsDirectory} does not exist.");
        }

        var files = new List<ContractFile>();
        var badNames = new List<string>();
        foreach (var full in Directory.EnumerateFiles(contractsDirectory, "*.avsc", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(contractsDirectory, full).Replace('\\', '/');
            if (relative.StartsWith(SharedTypesFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var match = VersionedName().Match(Path.GetFileName(full));
            if (!match.Success)
            {
                badNames.Add(relative);
                continue;
            }

            var version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            files.Add(new ContractFile(relative, match.Groups["name"].Value, version, full));
        }

        return (
            files.OrderBy(f => f.EventName, StringComparer.Ordinal).ThenBy(f => f.Version).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList(),
            badNames.Order(StringComparer.Ordinal).ToList());
    }

    // No leading zeros: "v01" and "v1" would otherwise be two files for one version.
    [GeneratedRegex(@"^(?<name>[A-Z][A-Za-z0-9]*)\.v(?<version>[1-9][0-9]{0,5})\.avsc$")]
    private static partial Regex VersionedName();
}
