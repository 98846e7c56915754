using Hub.Cli.Output;
using Hub.Quality;

namespace Hub.Cli.Quality;

/// <summary>A quality profile as tables (Spectre), markdown (<c>-o markdown</c>) or the profile as JSON (<c>-o json</c>, with <c>hasFindings</c>).</summary>
public static class QualityView
{
    public static void Show(CliOutput output, QualityProfile profile)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(profile);
        if (output.IsJson)
        {
            output.WriteJson(profile);
            return;
        }

        var sections = QualitySections.Of(profile);
        if (output.Format == Infrastructure.OutputFormat.Markdown)
        {
            output.Out.Write(MarkdownReport.Write($"Data quality: {profile.System} {profile.Entity}", QualitySections.Summary(profile), sections));
            return;
        }

        output.Line(QualitySections.Summary(profile));
        foreach (var section in sections)
        {
            output.Line();
            output.Line(section.Title);
            if (section.Rows.Count == 0)
            {
                output.Line("  none");
                continue;
            }

            var table = CliOutput.NewTable([.. section.Columns]);
            foreach (var row in section.Rows)
            {
                CliOutput.AddRow(table, [.. row]);
            }

            output.Write(table);
        }
    }
}
