namespace Hub.DevStack.IntegrationTests;

/// <summary>
/// Tests that take brokers or Redis down share the assembly's stack, so they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultInjectionCollection
{
    public const string Name = "fault injection";
}
