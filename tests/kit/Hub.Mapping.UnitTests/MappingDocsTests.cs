namespace Hub.Mapping.UnitTests;

public class MappingDocsTests
{
    [Fact]
    public void Render_CommittedDocs_AreUpToDateWithMappingFiles()
    {
        var rendered = MappingDocsGenerator.Render(MappingFiles.RepositoryRoot);

        var differences = MappingDocsGenerator.Compare(MappingFiles.RepositoryRoot, rendered);

        differences.Should().BeEmpty(
            "docs/mappings is generated from the mapping files; regenerate with `{0}` and commit the result",
            MappingDocumentWriter.RegenerateCommand);
    }

    [Fact]
    public void Render_SampleMapping_HasFieldTableAndValueMapSubTables()
    {
        var markdown = MappingDocumentWriter.Render(MappingFiles.Sample("crm-to-canonical.customer").Definition);

        markdown.Should().Contain("| `email` | `properties.email` | required |")
            .And.Contain("## Value map `hubspot-company-type`")
            .And.Contain("| `PARTNER` | `DISTRIBUTOR` |")
            .And.Contain("when `properties.country` in GB, UK, United Kingdom: PARTNER → `RESELLER`")
            .And.Contain("Unmapped values: **reject**");
    }

    [Fact]
    public void Compare_StaleAndMissingFiles_AreReported()
    {
        var root = Directory.CreateTempSubdirectory("hub-docs-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, MappingDocsGenerator.OutputFolder));
            File.WriteAllText(Path.Combine(root.FullName, MappingDocsGenerator.OutputFolder, "gone.md"), "old");

            var differences = MappingDocsGenerator.Compare(root.FullName, new Dictionary<string, string> { ["new.md"] = "x" });

            differences.Should().BeEquivalentTo(["docs/mappings/new.md is missing", "docs/mappings/gone.md has no mapping file any more"]);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
