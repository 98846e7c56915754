using Hub.Build.Testing;
using Hub.Build.UnitTests.Fakes;

namespace Hub.Build.UnitTests;

public sealed class TestProjectFinderTests : IDisposable
{
    private readonly TempRepo _repo = new();

    [Fact]
    public void Find_MixedProjects_UnitTestsFirstThenIntegrationTestsEachByName()
    {
        _repo.Write("tests/Hub.Z.UnitTests/Hub.Z.UnitTests.csproj", "<Project />");
        _repo.Write("tests/Hub.A.IntegrationTests/Hub.A.IntegrationTests.csproj", "<Project />");
        _repo.Write("tests/Hub.A.UnitTests/Hub.A.UnitTests.csproj", "<Project />");
        _repo.Write("tests/nested/Hub.B.UnitTests/Hub.B.UnitTests.csproj", "<Project />");

        var found = TestProjectFinder.Find(_repo.Path("tests")).Select(Path.GetFileNameWithoutExtension);

        found.Should().Equal("Hub.A.UnitTests", "Hub.B.UnitTests", "Hub.Z.UnitTests", "Hub.A.IntegrationTests");
    }

    [Fact]
    public void Find_HelperAndBuildOutputProjects_AreIgnored()
    {
        _repo.Write("tests/support/Hub.Testing/Hub.Testing.csproj", "<Project />");
        _repo.Write("tests/system/Hub.Demo/Hub.Demo.csproj", "<Project />");
        _repo.Write("tests/Hub.SmokeTests/Hub.SmokeTests.csproj", "<Project />");
        _repo.Write("tests/Hub.A.UnitTests/obj/Hub.A.UnitTests.csproj", "<Project />");
        _repo.Write("tests/Hub.A.UnitTests/bin/Debug/Hub.A.UnitTests.csproj", "<Project />");

        TestProjectFinder.Find(_repo.Path("tests")).Should().BeEmpty();
    }

    [Fact]
    public void Find_NoTestsFolder_ReturnsEmpty()
    {
        TestProjectFinder.Find(_repo.Path("nothing-here")).Should().BeEmpty();
    }

    public void Dispose() => _repo.Dispose();
}
