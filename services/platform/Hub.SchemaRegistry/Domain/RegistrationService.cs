using Hub.SchemaRegistry.Api;
using Hub.SchemaRegistry.Storage;
using Hub.Schemas;

namespace Hub.SchemaRegistry.Domain;

/// <summary>Registering, looking up and compatibility-testing schemas under subjects.</summary>
internal sealed class RegistrationService(ISchemaStore store, WriteSerializer writes)
{
    private RegistryState State => store.State;

    public async Task<int> RegisterAsync(string subject, RegisterSchemaRequest request, bool normalize, CancellationToken cancellationToken)
    {
        var mode = State.Mode;
        if (mode == RegistryMode.ReadOnly)
        {
            throw RegistryErrors.ReadOnly(subject);
        }

        var document = SchemaRequestParser.Parse(request, normalize);
        return await writes.RunAsync(async () =>
        {
            var live = State.Versions(subject, includeDeleted: false);
            var existing = live.FirstOrDefault(v => v.Document.NormalizedForm == document.NormalizedForm);
            if (existing is not null)
            {
                // Same schema again: Confluent answers with the existing id and creates no version.
                return existing.Id;
            }

            if (mode != RegistryMode.Import && (request.Id is not null || request.Version is not null))
            {
                throw RegistryErrors.OperationNotPermitted("Registering with an explicit id or version requires IMPORT mode.");
            }

            if (mode != RegistryMode.Import)
            {
                var previous = live.Select(v => new PreviousSchema($"version {v.Version}", v.Document.Schema)).ToList();
                var result = AvroCompatibilityChecker.Instance.Check(State.EffectiveLevel(subject), document.Schema, previous);
                if (!result.IsCompatible)
                {
                    throw RegistryErrors.Incompatible(subject, result.Messages);
                }
            }

            var id = AllocateId(document, request.Id);
            var all = State.Versions(subject, includeDeleted: true);
            var version = request.Version ?? (all.Count == 0 ? 0 : all[^1].Version) + 1;
            if (all.Any(v => v.Version == version))
            {
                throw RegistryErrors.OperationNotPermitted($"Version {version} already exists under subject '{subject}'.");
            }

            await store.AppendAsync([new SchemaRecord(subject, version, new SchemaRecordValue(id, document.Text, Deleted: false))], cancellationToken);
            return id;
        }, cancellationToken);
    }

    public StoredSchema Lookup(string subject, RegisterSchemaRequest request, bool normalize, bool includeDeleted)
    {
        var document = SchemaRequestParser.Parse(request, normalize);
        var versions = State.Versions(subject, includeDeleted);
        if (versions.Count == 0)
        {
            throw RegistryErrors.SubjectNotFound(subject);
        }

        return versions.LastOrDefault(v => v.Document.NormalizedForm == document.NormalizedForm)
            ?? throw RegistryErrors.SchemaNotFound();
    }

    /// <summary>Against one version when <paramref name="version"/> is given, else against the subject as registration would.</summary>
    public CompatibilityResult CheckCompatibility(string subject, VersionSpec? version, RegisterSchemaRequest request, bool normalize)
    {
        IReadOnlyList<StoredSchema> targets = version is { } spec
            ? [spec.Resolve(State, subject, includeDeleted: false)]
            : State.Versions(subject, includeDeleted: false);
        var document = SchemaRequestParser.Parse(request, normalize);
        var previous = targets.Select(v => new PreviousSchema($"version {v.Version}", v.Document.Schema)).ToList();
        return AvroCompatibilityChecker.Instance.Check(State.EffectiveLevel(subject), document.Schema, previous);
    }

    private int AllocateId(AvroSchemaDocument document, int? requested)
    {
        if (requested is not { } id)
        {
            // The same schema under any subject shares one id; ids are never handed out twice.
            return State.IdOf(document.NormalizedForm) ?? State.MaxId + 1;
        }

        var taken = State.SchemaById(id);
        if (taken is not null && taken.NormalizedForm != document.NormalizedForm)
        {
            throw RegistryErrors.IdConflict(id);
        }

        return id;
    }
}
