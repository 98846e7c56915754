using Hub.Schemas;
using Hub.Schemas.Gate;
using Confluent.SchemaRegistry;
using Hub.Serialization.Avro.Registry;

namespace Hub.ContractsGate;

/// <summary>
/// Asks a running registry whether each event's newest version may be registered under its subject, with the
/// level the registry holds that subject to. Subjects that do not exist yet are skipped: the first producer
/// creates them, and there is nothing to be incompatible with.
/// </summary>
public sealed class RegistryCompatibilityCheck(ISchemaRegistryClient registry, Uri registryUrl)
{
    /// <remarks>An unreachable registry escapes (see <see cref="RegistryFailures.IsUnavailable"/>); the caller reports it.</remarks>
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
                if (!await registry.IsCompatibleAsync(subject, new Schema(schema.Text, SchemaType.Avro)).WaitAsync(cancellationToken))
                {
                    findings.Add(Refused(path, file, subject, await ExplainAsync(subject, schema.Text, cancellationToken)));
                }
            }
            catch (Exception e) when (RegistryFailures.IsSubjectNotFound(e))
            {
                notes.Add($"subject '{subject}' does not exist in {registryUrl} yet; {file.Label} not checked against it.");
            }
            catch (SchemaRegistryException e) when (!RegistryFailures.IsUnavailable(e))
            {
                findings.Add(Refused(path, file, subject, [e.Message]));
            }
        }

        return (findings, notes);
    }

    /// <summary>
    /// Confluent's client answers only yes or no, so the reasons are found here: the proposal against the latest
    /// registered version, both ways, by the same Avro resolution rules the local checks use.
    /// </summary>
    private async Task<IReadOnlyList<string>> ExplainAsync(string subject, string proposedText, CancellationToken cancellationToken)
    {
        var latest = await registry.GetLatestSchemaAsync(subject).WaitAsync(cancellationToken);
        var registered = global::Avro.Schema.Parse(latest.SchemaString);
        var proposed = global::Avro.Schema.Parse(proposedText);
        var messages = AvroCompatibilityChecker.Instance.CanRead(proposed, registered).Messages
            .Concat(AvroCompatibilityChecker.Instance.CanRead(registered, proposed).Messages)
            .Distinct()
            .ToList();
        return messages.Count > 0
            ? messages
            : [$"incompatible with an earlier version than the latest ({latest.Version}); the subject's level is transitive"];
    }

    private GateFinding Refused(string path, ContractFile file, string subject, IReadOnlyList<string> messages) => new(
        GateFindingKind.RegistryIncompatible,
        path,
        $"{path} ({file.Label}) would be refused by the registry {registryUrl} for subject '{subject}' (the subject's own compatibility level applies).",
        messages);
}
