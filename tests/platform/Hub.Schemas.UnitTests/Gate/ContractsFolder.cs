using Hub.Schemas.Gate;

namespace Hub.Schemas.UnitTests.Gate;

/// <summary>A throwaway contracts folder with a level file, deleted after the test.</summary>
internal sealed class ContractsFolder : IDisposable
{
    public const string V1 = """{"type":"record","name":"Thing","namespace":"Hub.Contracts","fields":[{"name":"id","type":"string"}]}""";

    /// <summary>V1 plus an optional field: compatible both ways.</summary>
    public const string V2 = """{"type":"record","name":"Thing","namespace":"Hub.Contracts","fields":[{"name":"id","type":"string"},{"name":"note","type":["null","string"],"default":null}]}""";

    /// <summary>V1 plus a required field: new readers cannot read v1 data.</summary>
    public const string V2AddsRequired = """{"type":"record","name":"Thing","namespace":"Hub.Contracts","fields":[{"name":"id","type":"string"},{"name":"email","type":"string"}]}""";

    /// <summary>V1 with a doc: a different text, the same data.</summary>
    public const string V1WithDoc = """{"type":"record","name":"Thing","namespace":"Hub.Contracts","doc":"Better words.","fields":[{"name":"id","type":"string"}]}""";

    public ContractsFolder(string level = "FULL_TRANSITIVE")
    {
        Root = Directory.CreateTempSubdirectory("hub-gate-test-").FullName;
        Write(GateSettings.FileName, $$"""
            // comments are allowed, as in the real file
            { "level": "{{level}}", "subjects": { "Thing": "canonical.thing.changed-value" } }
            """);
    }

    public string Root { get; }

    public string Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public GateReport Check(ICommittedContracts? committed = null) => new ContractsGate(committed).Check(Root);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
