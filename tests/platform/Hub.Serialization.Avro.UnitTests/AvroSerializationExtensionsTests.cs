using Avro.Generic;
using Hub.Contracts;
using Hub.Messaging.Serialization;
using Hub.Serialization.Avro.Registry;
using Confluent.SchemaRegistry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Serialization.Avro.UnitTests;

public class AvroSerializationExtensionsTests
{
    [Fact]
    public void AddAvroSerialization_Configured_ResolvesClientAndOpenGenericSerde()
    {
        using var provider = Build(new() { ["SchemaRegistry:Url"] = "http://127.0.0.1:8081", ["AvroSerde:SubjectNameStrategy"] = "Record" });

        provider.GetRequiredService<ISchemaRegistryClient>().Should().BeOfType<CachedSchemaRegistryClient>();
        provider.GetRequiredService<IEventSerializer<OrderPlaced>>().Should().BeOfType<ConfluentAvroSerializer<OrderPlaced>>();
        provider.GetRequiredService<IEventDeserializer<OrderPlaced>>().Should().BeOfType<ConfluentAvroDeserializer<OrderPlaced>>();
        provider.GetRequiredService<IEventDeserializer<GenericRecord>>().Should().BeOfType<GenericAvroDeserializer>();
        provider.GetRequiredService<IOptions<AvroSerdeOptions>>().Value.SubjectNameStrategy.Should().Be(SubjectNameStrategy.Record);
    }

    [Fact]
    public void AddAvroSerialization_UseLatestWithAutoRegister_FailsValidation()
    {
        using var provider = Build(new() { ["AvroSerde:UseLatestVersion"] = "true" });

        var act = () => provider.GetRequiredService<IOptions<AvroSerdeOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*UseLatestVersion*");
    }

    [Fact]
    public void AddAvroSerialization_PinnedSchemaIdWithAutoRegister_FailsValidation()
    {
        using var provider = Build(new() { ["AvroSerde:UseSchemaId"] = "7" });

        var act = () => provider.GetRequiredService<IOptions<AvroSerdeOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*UseSchemaId*");
    }

    [Fact]
    public void AvroSerdeOptions_PinnedSchemaId_IsConfluentsUseSchemaId()
    {
        var config = new AvroSerdeOptions { AutoRegisterSchemas = false, UseSchemaId = 42 }.ToSerializerConfig();

        config.UseSchemaId.Should().Be(42);
        config.AutoRegisterSchemas.Should().BeFalse();
    }

    [Theory]
    [InlineData("MaxRetries", "5")]
    [InlineData("RetryBackoff", "00:00:01")]
    [InlineData("MaxRetryBackoff", "00:00:10")]
    public void AddAvroSerialization_RetrySettingInTheOldPlace_FailsNamingTheNewOne(string key, string value)
    {
        using var provider = Build(new() { [$"SchemaRegistry:{key}"] = value });

        var act = () => provider.GetRequiredService<IOptions<SchemaRegistryOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*Resilience:schema-registry*");
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddAvroSerialization(configuration).BuildServiceProvider();
    }
}
