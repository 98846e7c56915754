using Confluent.SchemaRegistry;
using Hub.ContractsGate;
using Hub.Testing;

namespace Hub.Serialization.Avro.IntegrationTests;

/// <summary>
/// The gate's --registry check against the real service. Each test gets a contracts folder holding the customer
/// history and mapping CustomerUpserted to a subject of its own, so tests do not see each other's registrations.
/// </summary>
public sealed class ContractsGateRegistryTests : IClassFixture<RegistryFixture>, IDisposable
{
    private readonly RegistryFixture _fixture;
    private readonly string _contracts = Directory.CreateTempSubdirectory("hub-gate-it-").FullName;
    private readonly string _subject = $"it.customer.upserted.{Guid.NewGuid():N}-value";
    private readonly StringWriter _out = new();

    public ContractsGateRegistryTests(RegistryFixture fixture)
    {
        _fixture = fixture;
        Directory.CreateDirectory(Path.Combine(_contracts, "customer"));
        foreach (var version in new[] { "v1", "v2" })
        {
            var file = $"CustomerUpserted.{version}.avsc";
            File.Copy(RepositoryRoot.Combine("contracts", "avro", "customer", file), Path.Combine(_contracts, "customer", file));
        }

        File.WriteAllText(Path.Combine(_contracts, "compatibility.json"),
            $$"""{ "level": "FULL_TRANSITIVE", "subjects": { "CustomerUpserted": "{{_subject}}" } }""");
    }

    [Fact]
    public async Task RunAsync_SubjectNotRegisteredYet_PassesWithNote()
    {
        (await Run(_fixture.Registry.BaseAddress)).Should().Be(GateExitCodes.Compatible, _out.ToString());

        _out.ToString().Should().Contain($"subject '{_subject}' does not exist");
    }

    [Fact]
    public async Task RunAsync_SubjectHoldsOlderVersion_Passes()
    {
        using var client = _fixture.Client();
        await client.RegisterSchemaAsync(_subject, new Schema(CustomerSamples.V1Schema.ToString(), SchemaType.Avro));

        (await Run(_fixture.Registry.BaseAddress)).Should().Be(GateExitCodes.Compatible, _out.ToString());
    }

    [Fact]
    public async Task RunAsync_SubjectHoldsSchemaTheNewestCannotFollow_FailsNamingSubject()
    {
        using var client = _fixture.Client();
        await client.RegisterSchemaAsync(_subject, new Schema(CustomerSamples.WithoutField("displayName"), SchemaType.Avro));
        // Under the registry's BACKWARD the newest contract must read that data, but it needs displayName (no default).
        (await Run(_fixture.Registry.BaseAddress)).Should().Be(GateExitCodes.Incompatible);

        _out.ToString().Should().Contain("[RegistryIncompatible]").And.Contain(_subject).And.Contain("displayName");
    }

    [Fact]
    public async Task RunAsync_RegistryUnreachable_ExitsWithBadInput()
    {
        var nowhere = new Uri($"http://127.0.0.1:{Hub.DevStack.FreePort.Next()}");

        (await Run(nowhere)).Should().Be(GateExitCodes.BadInput);
    }

    public void Dispose() => Directory.Delete(_contracts, recursive: true);

    private Task<int> Run(Uri registry) => new GateCommand(_out, _out).RunAsync(
        ["--contracts", _contracts, "--registry", registry.ToString(), "--no-git"], TestContext.Current.CancellationToken);
}
