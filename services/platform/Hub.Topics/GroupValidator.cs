using System.Globalization;

namespace Hub.Topics;

internal static class GroupValidator
{
    /// <summary>Leaves room for the longest derived suffix, so every group topic stays within Kafka's name limit.</summary>
    public const int MaxIdLength = TopicValidator.MaxNameLength - 6; // ".retry"

    /// <summary>Validates the <c>groups:</c> entries on their own; returns the valid, distinct ones.</summary>
    public static List<ConsumerGroupDeclaration> Validate(IReadOnlyList<GroupEntryModel?> entries, string source, List<string> errors)
    {
        var groups = new List<ConsumerGroupDeclaration>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index] ?? new GroupEntryModel();
            var label = string.IsNullOrWhiteSpace(entry.Id)
                ? string.Create(CultureInfo.InvariantCulture, $"group #{index + 1}")
                : $"group '{entry.Id}'";
            var before = errors.Count;
            void Fail(string problem) => errors.Add($"{source}: {label}: {problem}");

            if (string.IsNullOrWhiteSpace(entry.Id))
            {
                Fail("id is missing");
            }
            else if (entry.Id.Length > MaxIdLength)
            {
                Fail($"id is {entry.Id.Length} characters long; at most {MaxIdLength} leave room for '{ConsumerGroupDeclaration.RetrySuffix}' within Kafka's {TopicValidator.MaxNameLength}");
            }
            else if (!TopicValidator.IsLegalName(entry.Id))
            {
                Fail("id may only contain ASCII letters, digits, '.', '_' and '-' (it names the group's topics)");
            }

            var topics = (entry.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();
            if (topics.Count == 0)
            {
                Fail("topics is missing: list the declared topics the group reads");
            }

            foreach (var twice in topics.GroupBy(t => t, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Fail($"reads '{twice.Key}' more than once");
            }

            if (errors.Count != before)
            {
                continue;
            }

            if (!ids.Add(entry.Id!))
            {
                Fail("declared more than once");
                continue;
            }

            groups.Add(new ConsumerGroupDeclaration { Id = entry.Id!, Topics = topics, Description = entry.Description?.Trim() ?? "" });
        }

        return groups;
    }
}
