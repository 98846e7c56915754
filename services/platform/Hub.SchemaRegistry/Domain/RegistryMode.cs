namespace Hub.SchemaRegistry.Domain;

/// <summary>Global registry mode, as in Confluent's /mode resource.</summary>
internal enum RegistryMode
{
    ReadWrite,
    ReadOnly,
    Import,
}
