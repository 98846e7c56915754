using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hub.Topics;

/// <summary>
/// The declared topics and consumer groups of the platform, loaded from <c>contracts/topics.yaml</c> (a
/// <c>defaults:</c> block, a <c>topics:</c> list, and a <c>groups:</c> list whose retry and dead-letter topics are
/// derived with the settings of <c>group_topics:</c>). Topics are declared rather than auto-created so that real
/// clusters (AdminClient) and the embedded mock cluster end up with the same partition counts.
/// </summary>
public sealed class TopicCatalog
{
    public const string DefaultRelativePath = "contracts/topics.yaml";

    private readonly Dictionary<string, TopicDeclaration> _byName;
    private readonly Dictionary<string, TopicDeclaration> _byEvent;
    private readonly Dictionary<string, ConsumerGroupDeclaration> _groups;

    internal TopicCatalog(IReadOnlyList<TopicDeclaration> topics, IReadOnlyList<ConsumerGroupDeclaration> groups, string source)
    {
        Topics = topics;
        Groups = groups;
        Source = source;
        _byName = topics.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _byEvent = topics.Where(t => t.Event is not null).ToDictionary(t => t.Event!, StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
    }

    public static TopicCatalog Empty { get; } = new([], [], "(empty)");

    /// <summary>Where the catalog came from (a file path, or a label for in-code catalogs); used in messages.</summary>
    public string Source { get; }

    /// <summary>Every topic to create: those listed under <c>topics:</c>, then each group's retry and dead-letter topic.</summary>
    public IReadOnlyList<TopicDeclaration> Topics { get; }

    public IReadOnlyList<ConsumerGroupDeclaration> Groups { get; }

    public TopicDeclaration this[string name] =>
        _byName.TryGetValue(name, out var topic)
            ? topic
            : throw new KeyNotFoundException($"{Source}: no topic named '{name}' is declared.");

    public bool TryGet(string name, out TopicDeclaration? topic) => _byName.TryGetValue(name, out topic);

    public bool TryGetGroup(string id, [NotNullWhen(true)] out ConsumerGroupDeclaration? group) => _groups.TryGetValue(id, out group);

    /// <summary>The topic that carries <paramref name="eventType"/> (its <c>event:</c>), e.g. CustomerUpserted.</summary>
    /// <exception cref="KeyNotFoundException">No topic declares that event type.</exception>
    public TopicDeclaration TopicOfEvent(string eventType) =>
        _byEvent.TryGetValue(eventType, out var topic)
            ? topic
            : throw new KeyNotFoundException(
                $"{Source}: no topic declares 'event: {eventType}'; add it to the canonical topic that carries {eventType}.");

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

        if (model?.Topics is null)
        {
            throw new TopicCatalogException($"{source}: the file has no 'topics:' list.");
        }

        return TopicCatalogBuilder.Build(model, source);
    }

    /// <summary>Builds a validated catalog from topics declared in code (tests, tools); it declares no groups.</summary>
    public static TopicCatalog FromDeclarations(IEnumerable<TopicDeclaration> topics, string source = "(in-code catalog)") =>
        TopicCatalogBuilder.Build(topics.Select(TopicCatalogBuilder.ToEntry), [], GroupTopicTemplates.Over(new TopicEntryModel(), null), source);

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
}
