using Hub.SchemaRegistry.Storage;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Soft and permanent deletes with Confluent's rule that a permanent delete must follow a soft one.</summary>
internal sealed class DeletionService(ISchemaStore store, WriteSerializer writes)
{
    private RegistryState State => store.State;

    public Task<IReadOnlyList<int>> DeleteSubjectAsync(string subject, bool permanent, CancellationToken cancellationToken)
    {
        EnsureWritable(subject);
        return writes.RunAsync<IReadOnlyList<int>>(async () =>
        {
            var all = State.Versions(subject, includeDeleted: true);
            if (all.Count == 0)
            {
                throw RegistryErrors.SubjectNotFound(subject);
            }

            var live = all.Where(v => !v.Deleted).ToList();
            if (!permanent)
            {
                if (live.Count == 0)
                {
                    throw RegistryErrors.SubjectSoftDeleted(subject);
                }

                await store.AppendAsync(live.Select(SoftDeleted).ToList(), cancellationToken);
                return live.Select(v => v.Version).ToList();
            }

            if (live.Count > 0)
            {
                throw RegistryErrors.SubjectNotSoftDeleted(subject);
            }

            var records = all.Select(v => (StoreRecord)new SchemaRecord(subject, v.Version, null)).ToList();
            if (State.SubjectLevel(subject) is not null)
            {
                records.Add(new ConfigRecord(subject, null));
            }

            await store.AppendAsync(records, cancellationToken);
            return all.Select(v => v.Version).ToList();
        }, cancellationToken);
    }

    public Task<int> DeleteVersionAsync(string subject, VersionSpec version, bool permanent, CancellationToken cancellationToken)
    {
        EnsureWritable(subject);
        return writes.RunAsync(async () =>
        {
            // Numbers resolve among soft-deleted versions too, so a repeated soft delete gets 40406 rather than 40402;
            // a soft delete of "latest" means the latest live version.
            var target = version.Resolve(State, subject, includeDeleted: permanent || !version.IsLatest);
            if (!permanent)
            {
                if (target.Deleted)
                {
                    throw RegistryErrors.VersionSoftDeleted(subject, target.Version);
                }

                await store.AppendAsync([SoftDeleted(target)], cancellationToken);
            }
            else
            {
                if (!target.Deleted)
                {
                    throw RegistryErrors.VersionNotSoftDeleted(subject, target.Version);
                }

                await store.AppendAsync([new SchemaRecord(subject, target.Version, null)], cancellationToken);
            }

            return target.Version;
        }, cancellationToken);
    }

    private void EnsureWritable(string subject)
    {
        if (State.Mode == RegistryMode.ReadOnly)
        {
            throw RegistryErrors.ReadOnly(subject);
        }
    }

    private static StoreRecord SoftDeleted(StoredSchema v) =>
        new SchemaRecord(v.Subject, v.Version, new SchemaRecordValue(v.Id, v.Text, Deleted: true));
}
