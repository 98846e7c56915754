using System.Text.Json;

namespace Hub.Schemas.Gate;

/// <summary>
/// The gate's configuration, <c>compatibility.json</c> in the contracts folder: the level every event is held to,
/// and the registry subject of each event (topic names are not derivable from event names, e.g.
/// StockLevelChanged lives on <c>canonical.stock-level.changed</c>).
/// </summary>
public sealed class GateSettings
{
    public const string FileName = "compatibility.json";

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public GateSettings(CompatibilityLevel level, IReadOnlyDictionary<string, string>? subjects = null)
    {
        Level = level;
        Subjects = subjects ?? new Dictionary<string, string>();
    }

    public CompatibilityLevel Level { get; }

    /// <summary>Registry subject per event name, e.g. <c>CustomerUpserted</c> → <c>canonical.customer.upserted-value</c>.</summary>
    public IReadOnlyDictionary<string, string> Subjects { get; }

    /// <exception cref="GateInputException">The file is missing, not JSON, or names no valid level.</exception>
    public static GateSettings Load(string contractsDirectory)
    {
        var path = Path.Combine(contractsDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new GateInputException($"{path} is missing; it names the compatibility level the contracts are held to.");
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (GateInputException e)
        {
            throw new GateInputException($"{path}: {e.Message}", e);
        }
    }

    /// <exception cref="GateInputException">Not JSON, or no valid level.</exception>
    public static GateSettings Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException e)
        {
            throw new GateInputException($"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var levelName = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("level", out var level) && level.ValueKind == JsonValueKind.String
                ? level.GetString()
                : null;
            if (!CompatibilityLevelNames.TryParse(levelName, out var parsed))
            {
                throw new GateInputException(
                    $"\"level\" must be one of {string.Join(", ", CompatibilityLevelNames.All)} (got {(levelName is null ? "nothing" : $"'{levelName}'")}).");
            }

            var subjects = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("subjects", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.String))
                {
                    subjects[entry.Name] = entry.Value.GetString()!;
                }
            }

            return new GateSettings(parsed.Value, subjects);
        }
    }
}
