using Avro;

namespace Hub.Schemas;

/// <summary>The specification's primitive promotions: the writer's type on the left can be read as the reader's.</summary>
internal static class Promotions
{
    public static bool CanPromote(Schema.Type writer, Schema.Type reader) => (writer, reader) switch
    {
        (Schema.Type.Int, Schema.Type.Long or Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Long, Schema.Type.Float or Schema.Type.Double) => true,
        (Schema.Type.Float, Schema.Type.Double) => true,
        (Schema.Type.String, Schema.Type.Bytes) => true,
        (Schema.Type.Bytes, Schema.Type.String) => true,
        _ => false,
    };
}
