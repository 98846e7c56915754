using Hub.Reconciliation;
using Microsoft.Extensions.Options;

namespace Hub.Reconciler;

/// <summary>What data annotations cannot say: the connector addresses are URLs, two systems at least, known entities.</summary>
public sealed class ReconcilerOptionsValidation : IValidateOptions<ReconcilerOptions>
{
    public ValidateOptionsResult Validate(string? name, ReconcilerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        try
        {
            if (ConnectorAddressList.Parse(options.Connectors.Select(c => (c.Key, c.Value))).Count < 2)
            {
                failures.Add($"{ReconcilerOptions.SectionName}:Connectors names {options.Connectors.Count} connector(s); a comparison needs two at least (Reconcile__Connectors__<system>=<url>).");
            }
        }
        catch (FormatException ex)
        {
            failures.Add($"{ReconcilerOptions.SectionName}:Connectors: {ex.Message}");
        }

        failures.AddRange(options.EntitiesOrDefault.Where(e => !ReconcileEntities.TryGetEntityType(e, out _))
            .Select(e => $"{ReconcilerOptions.SectionName}:Entities: '{e}' cannot be reconciled; known: {string.Join(", ", ReconcileEntities.Names)}."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
