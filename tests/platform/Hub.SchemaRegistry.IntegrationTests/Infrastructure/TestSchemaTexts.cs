namespace Hub.SchemaRegistry.IntegrationTests.Infrastructure;

/// <summary>Schemas used across tests: a small evolution history of one record.</summary>
internal static class TestSchemaTexts
{
    public const string V1 = """{"type":"record","name":"Customer","namespace":"hub.test","fields":[{"name":"id","type":"long"}]}""";

    /// <summary>V1 plus an optional field: backward and forward compatible with V1.</summary>
    public const string V2 = """{"type":"record","name":"Customer","namespace":"hub.test","fields":[{"name":"id","type":"long"},{"name":"name","type":"string","default":""}]}""";

    /// <summary>V1 plus a required field: not backward compatible.</summary>
    public const string RequiredEmail = """{"type":"record","name":"Customer","namespace":"hub.test","fields":[{"name":"id","type":"long"},{"name":"email","type":"string"}]}""";

    /// <summary>V1 written differently (whitespace, doc, attribute order): the same schema for identity.</summary>
    public const string V1Reformatted = """{ "namespace": "hub.test", "name": "Customer", "type": "record", "doc": "same thing", "fields": [ { "type": "long", "name": "id" } ] }""";

    public const string Order = """{"type":"record","name":"Order","namespace":"hub.test","fields":[{"name":"id","type":"string"}]}""";
}
