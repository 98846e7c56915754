using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hub.Topics;

/// <summary>
/// The declared topics of the platform, loaded from <c>contracts/topics.yaml</c> (a <c>defaults:</c> block and a
/// <c>topics:</c> list). Topics are declared rather than auto-created so that real clusters (AdminClient) and the
/// embedded mock cluster end up with the same partition counts.
/// </summary>
public sealed class TopicCatalog
{
    public const string DefaultRelativePath = "contracts/topics.yaml";

    private readonly Dictionary<string, TopicDeclaration> byName;

    private TopicCatalog(IReadOnlyList<TopicDeclaration> topics, string source)
    {
        Topics = topics;
        Source = source;
        byName = topics.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public static TopicCatalog Empty { get; } = new([], "(empty)");

    /// <summary>Where the catalog came from (a file path, or a label for in-code catalogs); used in messages.</summary>
    public string Source { get; }

    public IReadOnlyList<TopicDeclaration> Topics { get; }

    public TopicDeclaration this[string name] =>
        byName.TryGetValue(name, out var topic)
            ? topic
            : throw new KeyNotFoundException($"{Source}: no topic named '{name}' is declared.");

    public bool TryGet(string name, out TopicDeclaration? topic) => byName.TryGetValue(name, out topic);

    /// <exception cref="TopicCatalogException">The file is missing, is not valid YAML, or declares invalid topics.</exception>
    public static TopicCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new TopicCatalogException($"{fullPath}: the topics file does not exist.");
        }

        return Parse(File.ReadAllText(fullPath), fullPath);
    }

    /// <param name="yaml">The file's text.</param>
    /// <param name="source">Names the file in error messages.</param>
    public static TopicCatalog Parse(string yaml, string source)
    {
        TopicFileModel? model;
        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            model = deserializer.Deserialize<TopicFileModel?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new TopicCatalogException(
                $"{source}: line {ex.Start.Line}, column {ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        var entries = model?.Topics ?? throw new TopicCatalogException($"{source}: the file has no 'topics:' list.");
        var defaults = model.Defaults ?? new TopicEntryModel();
        var merged = entries.Select(entry => ApplyDefaults(entry ?? new TopicEntryModel(), defaults));
        return Build(merged, source);
    }

    /// <summary>Builds a validated catalog from declarations made in code (tests, tools).</summary>
    public static TopicCatalog FromDeclarations(IEnumerable<TopicDeclaration> topics, string source = "(in-code catalog)") =>
        Build(
            topics.Select(t => new TopicEntryModel
            {
                Name = t.Name,
                Partitions = t.Partitions,
                ReplicationFactor = t.ReplicationFactor,
                RetentionMs = t.RetentionMs,
                CleanupPolicy = t.CleanupPolicy,
                Description = t.Description,
                Config = new Dictionary<string, string>(t.Config),
            }),
            source);

    /// <summary>Walks up from <paramref name="startDirectory"/> looking for <see cref="DefaultRelativePath"/>.</summary>
    public static string? FindFile(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static TopicCatalog Build(IEnumerable<TopicEntryModel> entries, string source)
    {
        var errors = new List<string>();
        var topics = new List<TopicDeclaration>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries)
        {
            if (TopicValidator.Validate(entry, index++, source, errors) is { } topic)
            {
                if (seen.Add(topic.Name))
                {
                    topics.Add(topic);
                }
                else
                {
                    errors.Add($"{source}: topic '{topic.Name}': declared more than once");
                }
            }
        }

        if (errors.Count > 0)
        {
            var message = $"{source}: {errors.Count} problem(s) in the topics file:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", errors);
            throw new TopicCatalogException(message, errors);
        }

        return new TopicCatalog(topics, source);
    }

    private static TopicEntryModel ApplyDefaults(TopicEntryModel entry, TopicEntryModel defaults)
    {
        var config = new Dictionary<string, string>(defaults.Config ?? [], StringComparer.Ordinal);
        foreach (var (key, value) in entry.Config ?? [])
        {
            config[key] = value;
        }

        return new TopicEntryModel
        {
            Name = entry.Name,
            Partitions = entry.Partitions ?? defaults.Partitions ?? 1,
            ReplicationFactor = entry.ReplicationFactor ?? defaults.ReplicationFactor ?? 1,
            RetentionMs = entry.RetentionMs ?? defaults.RetentionMs,
            CleanupPolicy = entry.CleanupPolicy ?? defaults.CleanupPolicy,
            Description = entry.Description,
            Config = config,
        };
    }
}
