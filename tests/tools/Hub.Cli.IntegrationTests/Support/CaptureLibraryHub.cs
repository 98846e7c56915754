using Hub.Testing;
using Hub.Testing.Connectors;

namespace Hub.Cli.IntegrationTests.Support;

/// <summary>A schema registry of its own on the shared stack, for the candidates the capture library is replayed through.</summary>
public sealed class CaptureLibraryHub(StackFixture stack) : ConnectorHubFixture(stack, "capture-library");
