using Hub.Testing;
using Hub.Testing.Connectors;

namespace Erp.Connector.IntegrationTests;

/// <summary>One hub (schema registry, publisher, Redis) per test class; each test starts its own <see cref="ErpHarness"/> on it.</summary>
public sealed class ErpHubFixture(StackFixture stack) : ConnectorHubFixture(stack, "erp");
