namespace Hub.Schemas;

/// <summary>Outcome of a compatibility check: compatible when no incompatibility was found.</summary>
public sealed class CompatibilityResult
{
    public CompatibilityResult(IReadOnlyList<Incompatibility> incompatibilities)
    {
        Incompatibilities = incompatibilities ?? throw new ArgumentNullException(nameof(incompatibilities));
    }

    public static CompatibilityResult Compatible { get; } = new([]);

    public bool IsCompatible => Incompatibilities.Count == 0;

    public IReadOnlyList<Incompatibility> Incompatibilities { get; }

    public IReadOnlyList<string> Messages => Incompatibilities.Select(i => i.ToString()).ToList();
}
