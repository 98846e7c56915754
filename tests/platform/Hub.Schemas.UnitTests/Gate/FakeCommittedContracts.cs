using Hub.Schemas.Gate;

namespace Hub.Schemas.UnitTests.Gate;

/// <summary>Committed file texts the test decides, keyed by path below the contracts folder.</summary>
internal sealed class FakeCommittedContracts : ICommittedContracts
{
    public Dictionary<string, string> Files { get; } = [];

    public string Revision => "HEAD";

    public string? ReadCommitted(string relativePath) => Files.GetValueOrDefault(relativePath);
}
