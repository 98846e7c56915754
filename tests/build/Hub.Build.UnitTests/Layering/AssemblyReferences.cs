using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Hub.Build.UnitTests.Layering;

/// <summary>The names of the assemblies a compiled assembly references, read from its metadata (nothing is loaded).</summary>
public static class AssemblyReferences
{
    public static IReadOnlyCollection<string> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToHashSet(StringComparer.Ordinal);
    }
}
