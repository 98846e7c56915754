using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hub.DevStack;

/// <summary>
/// Finds and reads every <c>services/**/devhost.yaml</c>, so a new connector joins the dev host and the demo by
/// adding that file to its own folder, and resolves the placeholders of their settings.
/// </summary>
public static partial class DevHostDescriptors
{
    public const string FileName = "devhost.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();

    /// <summary>The descriptors of the repository above <paramref name="startDirectory"/> (the folder holding global.json and services/).</summary>
    public static IReadOnlyList<DevHostDescriptor> Find(string startDirectory)
    {
        var services = ServicesFolder(startDirectory)
            ?? throw new DirectoryNotFoundException($"No repository (global.json next to services/) above {startDirectory}: the dev host finds the connectors in it.");
        var files = Directory.EnumerateFiles(services, FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count == 0
            ? throw new FileNotFoundException($"No {FileName} under {services}: each connector's folder describes how the dev host starts it.")
            : files.Select(Load).ToList();
    }

    private static string? ServicesFolder(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var services = Path.Combine(dir.FullName, "services");
            if (File.Exists(Path.Combine(dir.FullName, "global.json")) && Directory.Exists(services))
            {
                return services;
            }
        }

        return null;
    }

    public static DevHostDescriptor Load(string path)
    {
        var descriptor = Yaml.Deserialize<DevHostDescriptor>(File.ReadAllText(path)) ?? new DevHostDescriptor();
        descriptor.Source = path;
        foreach (var process in new[] { descriptor.Sandbox, descriptor.Connector }.OfType<DevHostService>())
        {
            if (string.IsNullOrWhiteSpace(process.Name) || string.IsNullOrWhiteSpace(process.Project))
            {
                throw new InvalidDataException($"{path}: every process needs a name and a project.");
            }
        }

        return descriptor;
    }

    /// <summary>Sandboxes first, then connectors, each by order (unset last) then name: the order they start in.</summary>
    public static IEnumerable<(DevHostService Process, bool IsConnector)> InStartOrder(IEnumerable<DevHostDescriptor> descriptors)
    {
        var ordered = descriptors.OrderBy(d => d.Order ?? int.MaxValue).ThenBy(d => (d.Connector ?? d.Sandbox)?.Name, StringComparer.Ordinal).ToList();
        return ordered.Where(d => d.Sandbox is not null).Select(d => (d.Sandbox!, false))
            .Concat(ordered.Where(d => d.Connector is not null).Select(d => (d.Connector!, true)));
    }

    /// <summary>Replaces <c>{url:service}</c>, <c>{url:service:path}</c> and <c>{legacyFolder:name}</c> in <paramref name="value"/>.</summary>
    public static string Resolve(string value, PlatformAddresses addresses, HubPlatformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        ArgumentNullException.ThrowIfNull(settings);
        return Placeholder().Replace(value, m => m.Groups["kind"].Value == "url"
            ? addresses.Url(m.Groups["name"].Value, m.Groups["rest"].Success ? m.Groups["rest"].Value : "")
            : Path.Combine(settings.LegacyFolder, m.Groups["name"].Value));
    }

    [GeneratedRegex(@"\{(?<kind>url|legacyFolder):(?<name>[^:{}]+)(?::(?<rest>[^{}]*))?\}")]
    private static partial Regex Placeholder();
}
