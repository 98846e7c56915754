using Hub.SchemaRegistry.Storage;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Compatibility configuration (global and per subject) and the global mode.</summary>
internal sealed class SettingsService(ISchemaStore store, WriteSerializer writes)
{
    private RegistryState State => store.State;

    public CompatibilityLevel GlobalLevel => State.GlobalLevel;

    public RegistryMode Mode => State.Mode;

    public CompatibilityLevel SubjectLevel(string subject, bool defaultToGlobal) =>
        State.SubjectLevel(subject)
        ?? (defaultToGlobal ? State.GlobalLevel : throw RegistryErrors.SubjectLevelCompatibilityNotConfigured(subject));

    public Task<CompatibilityLevel> SetLevelAsync(string? subject, string? level, CancellationToken cancellationToken)
    {
        if (!CompatibilityLevelNames.TryParse(level, out var parsed))
        {
            throw RegistryErrors.InvalidCompatibilityLevel(level);
        }

        return writes.RunAsync(async () =>
        {
            await store.AppendAsync([new ConfigRecord(subject, parsed.Value.ToWireName())], cancellationToken);
            return parsed.Value;
        }, cancellationToken);
    }

    /// <summary>Removes a level and returns the one that applied before; the global level falls back to BACKWARD.</summary>
    public Task<CompatibilityLevel> DeleteLevelAsync(string? subject, CancellationToken cancellationToken) =>
        writes.RunAsync(async () =>
        {
            var previous = subject is null ? State.GlobalLevel : State.SubjectLevel(subject) ?? throw RegistryErrors.SubjectNotFound(subject);
            await store.AppendAsync([new ConfigRecord(subject, null)], cancellationToken);
            return previous;
        }, cancellationToken);

    public Task<RegistryMode> SetModeAsync(string? mode, bool force, CancellationToken cancellationToken)
    {
        if (!RegistryModeNames.TryParse(mode, out var parsed))
        {
            throw RegistryErrors.InvalidMode(mode);
        }

        return writes.RunAsync(async () =>
        {
            // As in Confluent, IMPORT is for filling an empty registry with ids from elsewhere.
            if (parsed == RegistryMode.Import && !force && State.Subjects(includeDeleted: true).Count > 0)
            {
                throw RegistryErrors.OperationNotPermitted("Cannot import since found existing subjects");
            }

            await store.AppendAsync([new ModeRecord(parsed.Value.ToWireName())], cancellationToken);
            return parsed.Value;
        }, cancellationToken);
    }
}
