using Hub.Reliability.IntegrationTests.Support;
using Hub.Testing;

[assembly: AssemblyFixture(typeof(StackFixture))]
[assembly: AssemblyFixture(typeof(ReliabilityReport))]
