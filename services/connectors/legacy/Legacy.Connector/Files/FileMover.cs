using System.Text.Json;
using Legacy.Connector.State;
using Microsoft.Extensions.Options;

namespace Legacy.Connector.Files;

/// <summary>Moves files between the folders by rename; a name already taken gets a counter (name.1.csv) so nothing is overwritten.</summary>
public sealed class FileMover(IOptions<LegacyFolders> folders, TimeProvider time)
{
    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Moves to archive/yyyy/MM/dd[/sub]/&lt;name&gt;; returns the new path.</summary>
    public string ToArchive(string path, string? sub = null)
    {
        var day = time.GetUtcNow().ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(folders.Value.ArchivePath, day, sub ?? "");
        return MoveInto(path, folder);
    }

    /// <summary>Moves to the error folder with a &lt;name&gt;.reason.txt beside it.</summary>
    public string ToError(string path, string reason)
    {
        var target = MoveInto(path, folders.Value.ErrorPath);
        File.WriteAllText(target + ".reason.txt", reason + Environment.NewLine);
        return target;
    }

    /// <summary>Moves a completed inbox file into processing/ (the claim); false when processing/ holds one of that name.</summary>
    public bool TryClaim(string path, out string claimed)
    {
        claimed = Path.Combine(folders.Value.ProcessingPath, Path.GetFileName(path));
        if (File.Exists(claimed))
        {
            return false;
        }

        File.Move(path, claimed);
        return true;
    }

    public void WriteReport(string archivedFile, ProcessedFile report) =>
        File.WriteAllText(archivedFile + ".report.json", JsonSerializer.Serialize(report, ReportJson));

    private static string MoveInto(string path, string folder)
    {
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var target = Path.Combine(folder, name + extension);
        for (var n = 1; File.Exists(target); n++)
        {
            target = Path.Combine(folder, $"{name}.{n}{extension}");
        }

        File.Move(path, target);
        return target;
    }
}
