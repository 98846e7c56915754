using Hub.Schemas.Gate;

namespace Hub.Schemas.UnitTests.Gate;

public class RepositoryContractsTests
{
    [Fact]
    public void Check_RepositoryContracts_Pass()
    {
        var contracts = FindContracts();

        var report = new ContractsGate().Check(contracts);

        report.Passed.Should().BeTrue(report.Format());
        report.EventCount.Should().BeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void Settings_RepositoryLevelFile_NamesASubjectForEveryEvent()
    {
        var contracts = FindContracts();

        var settings = GateSettings.Load(contracts);
        var events = ContractFileDiscovery.Discover(contracts).Files.Select(f => f.EventName).Distinct();

        settings.Level.Should().Be(CompatibilityLevel.FullTransitive);
        settings.Subjects.Keys.Should().BeEquivalentTo(events);
        settings.Subjects.Values.Should().OnlyContain(s => s.StartsWith("canonical.", StringComparison.Ordinal) && s.EndsWith("-value", StringComparison.Ordinal));
    }

    private static string FindContracts()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "contracts", "avro");
            if (File.Exists(Path.Combine(candidate, GateSettings.FileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"no contracts/avro/{GateSettings.FileName} above {AppContext.BaseDirectory}");
    }
}
