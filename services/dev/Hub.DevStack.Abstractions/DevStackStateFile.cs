using System.Text.Json;

namespace Hub.DevStack;

/// <summary>Reads and writes <c>.devstack/stack.json</c>.</summary>
public static class DevStackStateFile
{
    public const string DefaultDirectoryName = ".devstack";
    public const string FileName = "stack.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes through a temp file and a rename, so readers never see a half-written file.</summary>
    public static async Task WriteAsync(string path, DevStackState state, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(state, Json), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    /// <returns>Null when the file does not exist.</returns>
    public static async Task<DevStackState?> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DevStackState>(stream, Json, cancellationToken);
    }

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
