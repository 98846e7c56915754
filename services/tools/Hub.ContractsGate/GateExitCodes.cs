namespace Hub.ContractsGate;

/// <summary>What the gate's exit code tells a build script.</summary>
public static class GateExitCodes
{
    public const int Compatible = 0;
    public const int Incompatible = 1;

    /// <summary>The gate could not judge: bad arguments, no contracts folder, no level file, registry unreachable.</summary>
    public const int BadInput = 2;
}
