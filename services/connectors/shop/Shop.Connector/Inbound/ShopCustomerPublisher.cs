using System.Globalization;
using Hub.Connectors.Hosting;
using Hub.Contracts;
using Hub.Identity;
using Hub.Messaging;

namespace Shop.Connector.Inbound;

/// <summary>
/// Resolves a shop customer to its canonical id (the shop may create one: also-created-by), checks the fields it
/// does not own against contracts/ownership.yaml when the hub already knew the customer, queues conflicts, and
/// publishes CustomerUpserted without the fields the guard withheld.
/// </summary>
public sealed partial class ShopCustomerPublisher(
    CrossReferenceStore crossReference,
    OwnershipGuard guard,
    ResolutionQueue resolution,
    IdentityConfiguration identity,
    CustomerSnapshots snapshots,
    CanonicalEventPublisher publisher,
    EnvelopeFactory envelopes,
    TimeProvider time,
    ILogger<ShopCustomerPublisher> logger)
{
    public const string Entity = "customer";

    /// <returns>The customer's canonical id.</returns>
    public async Task<string> PublishAsync(ShopCustomer customer, ShopifyDelivery delivery, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(delivery);
        var resolved = await crossReference.ResolveOrCreateAsync(Entity, envelopes.SourceSystem, customer.CustomerId,
            new Dictionary<string, string?> { ["email"] = customer.Text("email") }).ConfigureAwait(false);
        if (resolved.CanonicalId is not { } canonicalId)
        {
            // Cannot happen while ownership.yaml lists shop in also-created-by; retrying after a fix is the right answer.
            throw new InvalidOperationException($"shop customer {customer.CustomerId} matched no canonical customer and the shop may not create one (see contracts/ownership.yaml).");
        }

        if (resolved.Status == ResolveStatus.MergeNeeded)
        {
            LogMergeNeeded(customer.CustomerId, canonicalId, string.Join(", ", resolved.Losers));
        }

        var proposed = Proposed(customer);
        var withheld = resolved.Status == ResolveStatus.Created
            ? new HashSet<string>(StringComparer.Ordinal)
            : await GuardAsync(customer, canonicalId, resolved.Status, proposed, delivery, correlationId).ConfigureAwait(false);
        var eventId = DeterministicEventId.ForDelivery(envelopes.SourceSystem, delivery.Topic, delivery.Key, nameof(CustomerUpserted));
        var envelope = envelopes.Observed(CustomerUpserted.ContractVersion, eventId, canonicalId, customer.CustomerId, customer.ChangedAt, correlationId);
        await publisher.PublishAsync(ShopCustomerMapper.ToEvent(customer, envelope, withheld), cancellationToken).ConfigureAwait(false);
        await snapshots.SaveAsync(canonicalId, proposed).ConfigureAwait(false);
        return canonicalId;
    }

    private async Task<HashSet<string>> GuardAsync(
        ShopCustomer customer, string canonicalId, ResolveStatus status, Dictionary<string, string> proposed, ShopifyDelivery delivery, string correlationId)
    {
        var fields = ShopCustomerMapper.OwnedFields.Where(proposed.ContainsKey).ToDictionary(f => f, f => (object?)proposed[f], StringComparer.Ordinal);
        var evaluation = await guard.EvaluateAsync(Entity, canonicalId, envelopes.SourceSystem, fields, customer.ChangedAt).ConfigureAwait(false);
        var previous = await snapshots.GetAsync(canonicalId).ConfigureAwait(false);
        foreach (var decision in evaluation.ToQueue)
        {
            // A record linked by its e-mail address has by definition the e-mail the hub already holds.
            var unchanged = previous.TryGetValue(decision.Field, out var before)
                ? string.Equals(before, proposed[decision.Field], StringComparison.Ordinal)
                : status == ResolveStatus.Linked && decision.Field == "email";
            if (unchanged)
            {
                continue;
            }

            var owner = identity[Entity].Fields.TryGetValue(decision.Field, out var rule) ? rule.Owner : null;
            var conflict = ConflictFactory.FromDecision(evaluation, decision, before, customer.ChangedAt, correlationId, time, owner) with
            {
                // The same delivery raises the same conflict id, so a retried webhook does not queue it twice.
                ConflictId = DeterministicEventId.ForDelivery(envelopes.SourceSystem, delivery.Topic, delivery.Key, $"conflict:{decision.Field}").ToString("D"),
            };
            await resolution.SubmitAsync(conflict).ConfigureAwait(false);
            LogConflict(decision.Field, canonicalId, owner);
        }

        return evaluation.Decisions.Where(d => d.Verdict != FieldVerdict.Apply).Select(d => d.Field).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The shop's non-empty values as text (addresses as one line), as compared and shown in conflicts.</summary>
    private static Dictionary<string, string> Proposed(ShopCustomer customer)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in ShopCustomerMapper.OwnedFields)
        {
            var text = customer.Fields.GetValueOrDefault(field) switch
            {
                Address a => string.Join(", ", new[] { a.Line1, a.Line2, a.PostalCode, a.City, a.Region, a.CountryCode }.Where(s => !string.IsNullOrWhiteSpace(s))),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v?.ToString(),
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                values[field] = text;
            }
        }

        return values;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shop customer {CustomerId} belongs to several canonical customers; published under {CanonicalId}, merge of {Losers} needed")]
    private partial void LogMergeNeeded(string customerId, string canonicalId, string losers);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shop change of customer.{Field} on {CanonicalId} queued for resolution (owner {Owner})")]
    private partial void LogConflict(string field, string canonicalId, string? owner);
}
