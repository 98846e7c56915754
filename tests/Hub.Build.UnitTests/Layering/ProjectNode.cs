namespace Hub.Build.UnitTests.Layering;

/// <summary>One project as its csproj declares it: what it links (projects and packages), and where it lives.</summary>
/// <param name="Folder">The top-level folder: services, tests or build.</param>
public sealed record ProjectNode(string Name, string Folder, string AssemblyName, IReadOnlyList<string> ProjectReferences, IReadOnlyList<string> PackageReferences);
