using System.Text.Json;

namespace Hub.Build.DevStack;

/// <summary>
/// The dev host's .devstack/stack.json. Only <c>pid</c> is required here; every other top-level value is an
/// endpoint or fact worth showing, so new fields appear in `up` without changing the build program.
/// </summary>
public sealed record StackState(int Pid, IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>Null while the file is missing, half-written or lacks a pid.</summary>
    public static StackState? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static StackState? Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("pid", out var pid)
                || pid.ValueKind != JsonValueKind.Number
                || !pid.TryGetInt32(out var pidValue))
            {
                return null;
            }

            var values = root.EnumerateObject()
                .Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String
                    ? p.Value.GetString() ?? string.Empty
                    : p.Value.GetRawText()))
                .ToList();
            return new StackState(pidValue, values);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? Get(string name) => Values.FirstOrDefault(v => v.Key == name).Value;
}
