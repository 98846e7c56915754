using Hub.Schemas.Gate;
using Hub.Serialization.Avro.Registry;

namespace Hub.ContractsGate;

/// <summary>
/// Asks a running registry whether each event's newest version may be registered under its subject, with the
/// level the registry holds that subject to. Subjects that do not exist yet are skipped: the first producer
/// creates them, and there is nothing to be incompatible with.
/// </summary>
public sealed class RegistryCompatibilityCheck(ISchemaRegistryClient registry, Uri registryUrl)
{
    /// <exception cref="SchemaRegistryException">The registry could not be reached (transient).</exception>
    public async Task<(IReadOnlyList<GateFinding> Findings, IReadOnlyList<string> Notes)> CheckAsync(GateReport report, CancellationToken cancellationToken)
    {
        var findings = new List<GateFinding>();
        var notes = new List<string>();
        foreach (var (file, schema) in report.LatestVersions)
        {
            var path = $"{report.ContractsDirectory}/{file.RelativePath}";
            if (!report.Settings.Subjects.TryGetValue(file.EventName, out var subject))
            {
                notes.Add($"{file.EventName} has no subject in {GateSettings.FileName}; not checked against the registry.");
                continue;
            }

            try
            {
                var answer = await registry.TestCompatibilityAsync(subject, schema.Text, version: null, cancellationToken);
                if (!answer.IsCompatible)
                {
                    findings.Add(Refused(path, file, subject, answer.Messages));
                }
            }
            catch (SchemaRegistryException e) when (e.ErrorCode is SchemaRegistryException.SubjectNotFound or SchemaRegistryException.VersionNotFound)
            {
                notes.Add($"subject '{subject}' does not exist in {registryUrl} yet; {file.Label} not checked against it.");
            }
            catch (SchemaRegistryException e) when (!e.IsTransient)
            {
                findings.Add(Refused(path, file, subject, [e.Message]));
            }
        }

        return (findings, notes);
    }

    private GateFinding Refused(string path, ContractFile file, string subject, IReadOnlyList<string> messages) => new(
        GateFindingKind.RegistryIncompatible,
        path,
        $"{path} ({file.Label}) would be refused by the registry {registryUrl} for subject '{subject}' (the subject's own compatibility level applies).",
        messages);
}
