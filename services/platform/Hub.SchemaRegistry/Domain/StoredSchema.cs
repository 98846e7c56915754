using Hub.Schemas;

namespace Hub.SchemaRegistry.Domain;

/// <summary>One version of one subject, as the store holds it.</summary>
internal sealed record StoredSchema(string Subject, int Version, int Id, AvroSchemaDocument Document, bool Deleted)
{
    public string Text => Document.Text;
}
