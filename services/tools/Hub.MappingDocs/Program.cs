using Hub.Mapping;

// Usage: dotnet run --project services/tools/Hub.MappingDocs [-- <repository root> [<mapping folder>...]]
// Without arguments: the repository holding the current directory, and the default folders.
var root = args.Length > 0 ? Path.GetFullPath(args[0]) : FindRepositoryRoot(Directory.GetCurrentDirectory());
var roots = args.Length > 1 ? args[1..] : MappingDocsGenerator.DefaultRoots;
try
{
    var rendered = MappingDocsGenerator.Render(root, roots);
    MappingDocsGenerator.Write(root, rendered);
    Console.WriteLine($"Wrote {rendered.Count} file(s) to {Path.Combine(root, MappingDocsGenerator.OutputFolder)}");
    return 0;
}
catch (MappingValidationException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

static string FindRepositoryRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "global.json")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException($"No global.json above {start}; run from inside the repository or pass its path.");
}
