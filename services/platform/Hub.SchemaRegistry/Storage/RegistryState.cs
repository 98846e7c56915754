using Hub.SchemaRegistry.Domain;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Storage;

/// <summary>
/// The registry's state, rebuilt by applying log records in order. Stores apply records; the API only reads.
/// Every member takes the same lock, so readers never see a half-applied record.
/// </summary>
internal sealed class RegistryState
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SortedDictionary<int, StoredSchema>> _subjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _idByNormalizedForm = new(StringComparer.Ordinal);
    private readonly Dictionary<int, AvroSchemaDocument> _schemaById = [];
    private readonly Dictionary<string, CompatibilityLevel> _subjectLevels = new(StringComparer.Ordinal);
    private CompatibilityLevel? _globalLevel;
    private RegistryMode _mode = RegistryMode.ReadWrite;
    private int _maxId;

    public const CompatibilityLevel DefaultLevel = CompatibilityLevel.Backward;

    /// <summary>Applies one record; throws <see cref="InvalidSchemaException"/> for a schema record whose text does not parse.</summary>
    public void Apply(StoreRecord record)
    {
        lock (_gate)
        {
            switch (record)
            {
                case SchemaRecord schema:
                    ApplySchema(schema);
                    break;
                case ConfigRecord { Subject: null } config:
                    _globalLevel = ParseLevel(config.Level);
                    break;
                case ConfigRecord config when ParseLevel(config.Level) is { } level:
                    _subjectLevels[config.Subject!] = level;
                    break;
                case ConfigRecord config:
                    _subjectLevels.Remove(config.Subject!);
                    break;
                case ModeRecord mode:
                    _mode = RegistryModeNames.TryParse(mode.Mode, out var m) ? m.Value : RegistryMode.ReadWrite;
                    break;
            }
        }
    }

    public int MaxId
    {
        get { lock (_gate) { return _maxId; } }
    }

    public RegistryMode Mode
    {
        get { lock (_gate) { return _mode; } }
    }

    public CompatibilityLevel GlobalLevel
    {
        get { lock (_gate) { return _globalLevel ?? DefaultLevel; } }
    }

    public CompatibilityLevel? SubjectLevel(string subject)
    {
        lock (_gate)
        {
            return _subjectLevels.TryGetValue(subject, out var level) ? level : null;
        }
    }

    public CompatibilityLevel EffectiveLevel(string subject) => SubjectLevel(subject) ?? GlobalLevel;

    public IReadOnlyList<string> Subjects(bool includeDeleted)
    {
        lock (_gate)
        {
            return _subjects.Where(s => s.Value.Values.Any(v => includeDeleted || !v.Deleted))
                .Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Versions of a subject, oldest first.</summary>
    public IReadOnlyList<StoredSchema> Versions(string subject, bool includeDeleted)
    {
        lock (_gate)
        {
            return _subjects.TryGetValue(subject, out var versions)
                ? versions.Values.Where(v => includeDeleted || !v.Deleted).ToList()
                : [];
        }
    }

    public AvroSchemaDocument? SchemaById(int id)
    {
        lock (_gate)
        {
            return _schemaById.GetValueOrDefault(id);
        }
    }

    public int? IdOf(string normalizedForm)
    {
        lock (_gate)
        {
            return _idByNormalizedForm.TryGetValue(normalizedForm, out var id) ? id : null;
        }
    }

    public IReadOnlyList<StoredSchema> UsagesOf(int id, bool includeDeleted)
    {
        lock (_gate)
        {
            return _subjects.Values.SelectMany(v => v.Values)
                .Where(v => v.Id == id && (includeDeleted || !v.Deleted))
                .OrderBy(v => v.Subject, StringComparer.Ordinal).ThenBy(v => v.Version).ToList();
        }
    }

    private void ApplySchema(SchemaRecord record)
    {
        if (record.Value is null)
        {
            if (_subjects.TryGetValue(record.Subject, out var versions) && versions.Remove(record.Version))
            {
                if (versions.Count == 0)
                {
                    _subjects.Remove(record.Subject);
                }

                RebuildIdIndexes();
            }

            return;
        }

        var document = AvroSchemaDocument.Parse(record.Value.Schema);
        var stored = new StoredSchema(record.Subject, record.Version, record.Value.Id, document, record.Value.Deleted);
        if (!_subjects.TryGetValue(record.Subject, out var subject))
        {
            subject = [];
            _subjects[record.Subject] = subject;
        }

        subject[record.Version] = stored;
        Index(stored);
        _maxId = Math.Max(_maxId, stored.Id);
    }

    // A permanent delete may remove the last use of an id, which must then stop resolving.
    private void RebuildIdIndexes()
    {
        _idByNormalizedForm.Clear();
        _schemaById.Clear();
        foreach (var stored in _subjects.Values.SelectMany(v => v.Values))
        {
            Index(stored);
        }
    }

    private void Index(StoredSchema stored)
    {
        _idByNormalizedForm.TryAdd(stored.Document.NormalizedForm, stored.Id);
        _schemaById.TryAdd(stored.Id, stored.Document);
    }

    private static CompatibilityLevel? ParseLevel(string? level) =>
        CompatibilityLevelNames.TryParse(level, out var parsed) ? parsed : null;
}
