using System.Text.RegularExpressions;
using Avro;

namespace Hub.Contracts.UnitTests;

/// <summary>The .avsc files as copied next to the test binaries, with the versioning conventions of contracts/avro.</summary>
public static partial class ContractFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "avro");

    /// <summary>Paths relative to <see cref="Root"/>, '/'-separated.</summary>
    public static IReadOnlyList<string> All { get; } = Directory
        .EnumerateFiles(Root, "*.avsc", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<string> EventFiles { get; } = All.Where(f => VersionPattern().IsMatch(f)).ToList();

    public static TheoryData<string> AllData => new(All);

    public static TheoryData<string> EventData => new(EventFiles);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public static Schema Parse(string relativePath) => Schema.Parse(Read(relativePath));

    public static (string Name, int Version) NameAndVersion(string relativePath)
    {
        var match = VersionPattern().Match(relativePath);
        return (match.Groups["name"].Value, int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static string Newest(string eventName) => EventFiles
        .Where(f => NameAndVersion(f).Name == eventName)
        .MaxBy(f => NameAndVersion(f).Version)!;

    [GeneratedRegex(@"(?<name>[^/]+)\.v(?<version>\d+)\.avsc$")]
    private static partial Regex VersionPattern();
}
