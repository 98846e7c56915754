using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Hub.Identity;

/// <summary>
/// The identity and ownership rules of every entity type, from <c>contracts/ownership.yaml</c>. Loading validates
/// the whole file (known systems, one authority per entity, policies, owners) and reports every problem at once.
/// </summary>
public sealed class IdentityConfiguration
{
    private static readonly Dictionary<string, OwnershipPolicy> Policies = new(StringComparer.Ordinal)
    {
        ["source-wins"] = OwnershipPolicy.SourceWins, ["last-write-wins"] = OwnershipPolicy.LastWriteWins, ["manual"] = OwnershipPolicy.Manual,
    };

    private readonly Dictionary<string, EntityIdentity> _entities;

    public IdentityConfiguration(IEnumerable<EntityIdentity> entities)
    {
        _entities = entities.ToDictionary(e => e.EntityType, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<EntityIdentity> Entities => _entities.Values;

    public EntityIdentity this[string entityType] => _entities.TryGetValue(entityType, out var entity)
        ? entity
        : throw new ArgumentException($"Entity type '{entityType}' is not configured (known: {string.Join(", ", _entities.Keys)}).", nameof(entityType));

    public static IdentityConfiguration Load(string path) => Parse(File.ReadAllText(path), path);

    public static IdentityConfiguration Parse(string yaml, string source)
    {
        OwnershipFileModel? model;
        try
        {
            model = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build().Deserialize<OwnershipFileModel?>(yaml);
        }
        catch (YamlException ex)
        {
            throw new IdentityConfigurationException($"{source}:{ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message}");
        }

        var problems = new List<string>();
        var systems = (model?.Systems ?? []).ToHashSet(StringComparer.Ordinal);
        if (systems.Count == 0 || systems.Any(s => s.Contains(':', StringComparison.Ordinal)))
        {
            problems.Add("'systems:' must list the system names (without ':')");
        }

        var entities = (model?.Entities ?? []).Select(e => Entity(e.Key, e.Value ?? new(), systems, problems)).ToList();
        if (entities.Count == 0)
        {
            problems.Add("'entities:' is empty");
        }

        return problems.Count == 0
            ? new IdentityConfiguration(entities)
            : throw new IdentityConfigurationException($"{source}: {problems.Count} problem(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
    }

    private static EntityIdentity Entity(string type, OwnershipFileModel.EntityModel model, HashSet<string> systems, List<string> problems)
    {
        if (model.Authority is null || !systems.Contains(model.Authority))
        {
            problems.Add($"entity '{type}': authority '{model.Authority}' is not one of the systems");
        }

        var keys = new List<MatchKey>();
        foreach (var key in model.MatchKeys ?? [])
        {
            if (key.Name is null || !Enum.TryParse<MatchNormalization>(key.Normalize ?? "text", ignoreCase: true, out var normalization))
            {
                problems.Add($"entity '{type}': match key '{key.Name}' needs a name and normalize: text, email, vat or phone");
                continue;
            }

            keys.Add(new MatchKey(key.Name, normalization));
        }

        var fields = new Dictionary<string, FieldOwnership>(StringComparer.Ordinal);
        foreach (var (name, field) in model.Fields ?? [])
        {
            if (Field(type, name, field ?? new(), systems, problems) is { } ownership)
            {
                fields[name] = ownership;
            }
        }

        if (model.UnlistedFields is not (null or "apply" or "reject"))
        {
            problems.Add($"entity '{type}': unlisted-fields must be apply or reject");
        }

        foreach (var creator in (model.AlsoCreatedBy ?? []).Where(s => !systems.Contains(s)))
        {
            problems.Add($"entity '{type}': also-created-by '{creator}' is not one of the systems");
        }

        return new EntityIdentity(type, model.Authority ?? "", keys, fields, model.UnlistedFields == "reject")
        {
            AlsoCreatedBy = model.AlsoCreatedBy ?? [],
        };
    }

    private static FieldOwnership? Field(string type, string name, OwnershipFileModel.FieldModel field, HashSet<string> systems, List<string> problems)
    {
        var what = $"entity '{type}' field '{name}'";
        if (field.Policy is null || !Policies.TryGetValue(field.Policy, out var policy))
        {
            problems.Add($"{what}: policy must be one of {string.Join(", ", Policies.Keys)}, not '{field.Policy}'");
            return null;
        }

        if (field.Owner is null ? policy != OwnershipPolicy.LastWriteWins : !systems.Contains(field.Owner))
        {
            problems.Add($"{what}: owner '{field.Owner}' must be one of the systems (only last-write-wins may omit it)");
            return null;
        }

        var nonOwner = field.NonOwner switch
        {
            null or "reject" => NonOwnerAction.Reject,
            "queue" => NonOwnerAction.Queue,
            _ => (NonOwnerAction?)null,
        };
        if (nonOwner is null || (field.NonOwner is not null && policy != OwnershipPolicy.SourceWins))
        {
            problems.Add($"{what}: non-owner (reject or queue) applies to source-wins only");
            return null;
        }

        CreatePolicy? onCreate = field.OnCreate switch
        {
            null or "write" => CreatePolicy.Write,
            "as-update" => CreatePolicy.AsUpdate,
            _ => null,
        };
        if (onCreate is null)
        {
            problems.Add($"{what}: on-create must be write or as-update, not '{field.OnCreate}'");
            return null;
        }

        return new FieldOwnership(name, field.Owner, policy, nonOwner.Value) { OnCreate = onCreate.Value };
    }
}
