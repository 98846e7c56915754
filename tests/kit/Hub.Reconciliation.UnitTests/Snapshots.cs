using Hub.Identity;
using Hub.Reconciliation;

namespace Hub.Reconciliation.UnitTests;

/// <summary>Ownership rules and snapshots for the comparison tests: crm owns email, erp owns the credit limit, phone has no owner.</summary>
public static class Snapshots
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    public static readonly EntityIdentity Customer = IdentityConfiguration.Parse(
        """
        systems: [crm, erp, accounting]
        entities:
          customer:
            authority: crm
            fields:
              email: { owner: crm, policy: source-wins }
              creditLimit: { owner: erp, policy: source-wins }
              phone: { policy: last-write-wins }
        """,
        "test")["customer"];

    public static ReconcileOptions Options(DateTimeOffset? since = null) => new() { Now = Now, Since = since, FreshnessTarget = TimeSpan.FromHours(1) };

    public static SystemSnapshot Crm(params SnapshotRecord[] records) => new("crm", "customer", ["email", "phone", "creditLimit.amount"], records);

    public static SystemSnapshot Erp(params SnapshotRecord[] records) => new("erp", "customer", ["email", "phone", "creditLimit.amount"], records);

    public static SnapshotRecord Record(string recordId, string? canonicalId, string? email = "ada@example.com", string? phone = "+441", string? credit = "100", DateTimeOffset? modified = null) =>
        new(recordId, canonicalId, new Dictionary<string, string?> { ["email"] = email, ["phone"] = phone, ["creditLimit.amount"] = credit }, modified ?? Now.AddMinutes(-5));
}
