using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Cli.Infrastructure;
using Hub.Cli.Output;

namespace Hub.Cli.Audit;

/// <summary>Writes audit records to hub.audit, keyed by the affected group or topic.</summary>
public sealed class AuditLog(CliContext context)
{
    public const string Topic = "hub.audit";

    /// <summary>Refuses a change up front when it could not be audited afterwards.</summary>
    public void EnsureWritable()
    {
        if (!context.Kafka.TopicExists(Topic))
        {
            throw CliException.Failed($"The audit topic {Topic} does not exist on {context.Kafka.Bootstrap}, so no change is made. Create it with 'hub topics apply --yes --reason ...'.");
        }
    }

    public async Task<AuditRecord> WriteAsync(string command, string target, bool dryRun, string outcome, object? details, CancellationToken cancellationToken)
    {
        var record = new AuditRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            At = context.Now,
            Who = context.Who,
            Command = command,
            Arguments = Redact(context.Arguments),
            Reason = context.Parse.GetValue(ChangeOptions.Reason),
            DryRun = dryRun,
            Outcome = outcome,
            Target = target,
            Details = details,
        };
        var message = new Message<byte[]?, byte[]?>
        {
            Key = Encoding.UTF8.GetBytes(target),
            Value = JsonSerializer.SerializeToUtf8Bytes(record, CliOutput.Json),
        };
        try
        {
            await context.Kafka.ProduceAsync(Topic, message, cancellationToken);
        }
        catch (CliException ex)
        {
            throw new CliException(ex.ExitCode, $"{(dryRun ? "Nothing was changed, but the" : "The change was made but its")} audit record could not be written: {ex.Message}", ex);
        }

        return record;
    }

    /// <summary>Connection strings may carry passwords; the audit log must not.</summary>
    private static List<string> Redact(IReadOnlyList<string> arguments) =>
        arguments.Select(a => a.Contains("password=", StringComparison.OrdinalIgnoreCase) ? "(redacted)" : a).ToList();
}
