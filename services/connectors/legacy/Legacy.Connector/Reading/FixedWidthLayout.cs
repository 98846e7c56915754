using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Legacy.Connector.Reading;

/// <summary>A fixed-width record description (e.g. Mapping/legacy-stock.layout.yaml); columns are 1-based.</summary>
public sealed class FixedWidthLayout
{
    public string Name { get; set; } = "";

    public int RecordLength { get; set; }

    public int SkipLines { get; set; }

    public List<FixedWidthColumn> Columns { get; set; } = [];

    public static FixedWidthLayout Parse(string yaml)
    {
        var layout = new DeserializerBuilder()
            .WithNamingConvention(HyphenatedNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<FixedWidthLayout>(yaml) ?? throw new InvalidOperationException("the layout file is empty");
        var problems = new List<string>();
        foreach (var column in layout.Columns)
        {
            if (string.IsNullOrWhiteSpace(column.Name) || column.Start < 1 || column.Length < 1)
            {
                problems.Add($"column '{column.Name}' needs a name, start >= 1 and length >= 1");
            }
            else if (layout.RecordLength > 0 && column.Start + column.Length - 1 > layout.RecordLength)
            {
                problems.Add($"column '{column.Name}' ends after the record length {layout.RecordLength}");
            }
        }

        if (layout.Columns.Count == 0)
        {
            problems.Add("no columns");
        }

        return problems.Count == 0 ? layout : throw new InvalidOperationException($"layout {layout.Name}: {string.Join("; ", problems)}");
    }

    public static FixedWidthLayout Load(string path) => Parse(File.ReadAllText(path));
}
