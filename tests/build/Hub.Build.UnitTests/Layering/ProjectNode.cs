namespace Hub.Build.UnitTests.Layering;

/// <summary>One project as its csproj declares it: what it links (projects and packages), and where it lives.</summary>
/// <param name="Folder">The top-level folder: services, tests or build.</param>
/// <param name="Role">The folder under it (services/platform, services/kit, services/connectors, services/tools, services/dev); empty for build.</param>
public sealed record ProjectNode(string Name, string Folder, string AssemblyName, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences, string Role = "");
