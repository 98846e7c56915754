namespace Hub.Topics;

/// <summary>
/// Turns the file's entries into a validated catalog: defaults applied, each group's retry and dead-letter topics
/// derived, group inputs and event types checked. Every problem is collected, so a single run reports them all.
/// </summary>
internal static class TopicCatalogBuilder
{
    public static TopicCatalog Build(TopicFileModel model, string source)
    {
        var defaults = model.Defaults ?? new TopicEntryModel();
        var listed = model.Topics!.Select(entry => ApplyDefaults(entry ?? new TopicEntryModel(), defaults));
        return Build(listed, model.Groups ?? [], GroupTopicTemplates.Over(defaults, model.GroupTopics), source);
    }

    public static TopicCatalog Build(IEnumerable<TopicEntryModel> listed, IReadOnlyList<GroupEntryModel?> groupEntries, GroupTopicTemplates templates, string source)
    {
        var errors = new List<string>();
        var topics = new List<TopicDeclaration>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in listed)
        {
            if (TopicValidator.Validate(entry, index++, source, errors) is { } topic)
            {
                if (names.Add(topic.Name))
                {
                    topics.Add(topic);
                }
                else
                {
                    errors.Add($"{source}: topic '{topic.Name}': declared more than once");
                }
            }
        }

        var groups = GroupValidator.Validate(groupEntries, source, errors);
        foreach (var group in groups)
        {
            foreach (var derived in templates.Derive(group))
            {
                if (TopicValidator.Validate(derived, index++, source, errors) is not { } topic)
                {
                    continue;
                }

                if (names.Add(topic.Name))
                {
                    topics.Add(topic);
                }
                else
                {
                    errors.Add($"{source}: group '{group.Id}': '{topic.Name}' is derived from the group; remove it from topics:");
                }
            }
        }

        CheckGroupInputs(groups, names, source, errors);
        CheckEventsUnique(topics, source, errors);
        if (errors.Count > 0)
        {
            var message = $"{source}: {errors.Count} problem(s) in the topics file:{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", errors);
            throw new TopicCatalogException(message, errors);
        }

        return new TopicCatalog(topics, groups, source);
    }

    public static TopicEntryModel ToEntry(TopicDeclaration topic) => new()
    {
        Name = topic.Name,
        Event = topic.Event,
        Partitions = topic.Partitions,
        ReplicationFactor = topic.ReplicationFactor,
        RetentionMs = topic.RetentionMs,
        CleanupPolicy = topic.CleanupPolicy,
        Description = topic.Description,
        Config = new Dictionary<string, string>(topic.Config),
    };

    public static TopicEntryModel ApplyDefaults(TopicEntryModel entry, TopicEntryModel defaults)
    {
        var config = new Dictionary<string, string>(defaults.Config ?? [], StringComparer.Ordinal);
        foreach (var (key, value) in entry.Config ?? [])
        {
            config[key] = value;
        }

        return new TopicEntryModel
        {
            Name = entry.Name,
            Event = entry.Event,
            Partitions = entry.Partitions ?? defaults.Partitions ?? 1,
            ReplicationFactor = entry.ReplicationFactor ?? defaults.ReplicationFactor ?? 1,
            RetentionMs = entry.RetentionMs ?? defaults.RetentionMs,
            CleanupPolicy = entry.CleanupPolicy ?? defaults.CleanupPolicy,
            Description = entry.Description,
            Config = config,
        };
    }

    private static void CheckGroupInputs(List<ConsumerGroupDeclaration> groups, HashSet<string> names, string source, List<string> errors)
    {
        foreach (var group in groups)
        {
            foreach (var input in group.Topics.Where(t => !names.Contains(t)))
            {
                errors.Add($"{source}: group '{group.Id}': reads '{input}', which is not a declared topic");
            }
        }
    }

    private static void CheckEventsUnique(List<TopicDeclaration> topics, string source, List<string> errors)
    {
        var carriers = topics.Where(t => t.Event is not null).GroupBy(t => t.Event!, StringComparer.Ordinal);
        foreach (var shared in carriers.Where(c => c.Count() > 1))
        {
            errors.Add($"{source}: event '{shared.Key}': declared on {string.Join(" and ", shared.Select(t => $"'{t.Name}'"))}; each event type has exactly one topic");
        }
    }
}
