using Hub.Contracts.Generator.Json;
using Hub.Contracts.Generator.Model;

namespace Hub.Contracts.Generator.Emit;

/// <summary>
/// Emits an ISpecificRecord class. A record with an "envelope" field holding an Envelope record is an event and
/// also implements Hub.Messaging.IIntegrationEvent from the envelope's eventId, entityId and occurredAt, and ICanonicalEvent
/// (declared in the Envelope record's file) for what reads the envelope itself.
/// </summary>
internal sealed class RecordEmitter(SchemaRenderer renderer, TypeMapper mapper)
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { "Schema", "AvroSchema", "Get", "Put", "ContractVersion" };

    public string Emit(NamedType type)
    {
        var fields = ((type.Definition["fields"] as JsonArray)?.Items ?? new List<JsonNode>())
            .Select(f => f as JsonObject ?? throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"{type.FullName}: a field is not an object"))
            .Select(f => (Field: f, Property: PropertyName(type, f), Type: mapper.Map(f["type"] ?? new JsonString("null"), type.Namespace, type.FullName)))
            .ToList();
        var isEvent = fields.Any(f => f.Field.GetString("name") == "envelope" && f.Type.TypeName.EndsWith(".Envelope", StringComparison.Ordinal));

        var w = new CodeWriter();
        w.Doc(type.Definition.GetString("doc"));
        // Events also implement ICanonicalEvent, declared beside the Envelope record (see below), in its namespace.
        var envelopeType = isEvent ? fields.First(f => f.Field.GetString("name") == "envelope").Type.TypeName : null;
        var interfaces = envelopeType is not null
            ? $"global::Avro.Specific.ISpecificRecord, {envelopeType.Substring(0, envelopeType.Length - "Envelope".Length)}ICanonicalEvent"
            : "global::Avro.Specific.ISpecificRecord";
        w.Open($"public sealed partial class {type.Name} : {interfaces}");
        if (type.ContractVersion is { } version)
        {
            w.Line("/// <summary>The contract version this class was generated from (the N of Name.vN.avsc).</summary>");
            w.Line($"public const int ContractVersion = {version};").Line();
        }

        var json = renderer.Render(type).Replace("\"", "\"\"");
        w.Line("/// <summary>The self-contained schema of this type, as a serializer registers it.</summary>");
        w.Line($"public static global::Avro.Schema AvroSchema {{ get; }} = global::Avro.Schema.Parse(@\"{json}\");").Line();
        w.Line("public global::Avro.Schema Schema => AvroSchema;").Line();
        w.Line("/// <summary>The same schema where Confluent's AvroSerializer and AvroDeserializer look for it (and avrogen puts it).</summary>");
        w.Line("public static readonly global::Avro.Schema _SCHEMA = AvroSchema;");

        foreach (var (field, property, mapped) in fields)
        {
            w.Line().Doc(field.GetString("doc"));
            var initializer = mapped.Initializer;
            if (isEvent && type.ContractVersion is not null && property == "Envelope")
            {
                initializer = "new() { SchemaVersion = ContractVersion }";
            }

            w.Line($"public {mapped.TypeName} {property} {{ get; set; }}" + (initializer is null ? "" : $" = {initializer};"));
        }

        w.Line().Open("public object? Get(int fieldPos)").Open("switch (fieldPos)");
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"case {i}: return {fields[i].Type.ToAvro(fields[i].Property)};");
        }

        w.Line($"default: throw new global::Avro.AvroRuntimeException(\"Bad index \" + fieldPos + \" in {type.Name}.Get()\");");
        w.Close().Close();

        w.Line().Open("public void Put(int fieldPos, object? fieldValue)").Open("switch (fieldPos)");
        for (var i = 0; i < fields.Count; i++)
        {
            w.Line($"case {i}: {fields[i].Property} = {fields[i].Type.FromAvro("fieldValue")}; break;");
        }

        w.Line($"default: throw new global::Avro.AvroRuntimeException(\"Bad index \" + fieldPos + \" in {type.Name}.Put()\");");
        w.Close().Close();

        if (isEvent)
        {
            w.Line();
            w.Line("string global::Hub.Messaging.IIntegrationEvent.EventId => Envelope.EventId.ToString();");
            w.Line("string global::Hub.Messaging.IIntegrationEvent.EntityId => Envelope.EntityId;");
            w.Line("global::System.DateTimeOffset global::Hub.Messaging.IIntegrationEvent.OccurredAt => Envelope.OccurredAt;");
        }

        w.Close();
        if (type.Name == "Envelope")
        {
            w.Line().Line("/// <summary>A canonical business event: it carries the envelope (ids, source system, correlation) every event shares.</summary>");
            w.Open("public interface ICanonicalEvent : global::Hub.Messaging.IIntegrationEvent");
            w.Line("Envelope Envelope { get; }");
            w.Close();
        }

        return CodeWriter.Header(type.Namespace) + w;
    }

    private static string PropertyName(NamedType type, JsonObject field)
    {
        var name = AvroNames.PascalCase(field.GetString("name") ?? "");
        if (name.Length == 0 || Reserved.Contains(name) || name == type.Name)
        {
            throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"{type.FullName}: field name '{name}' clashes with a generated member");
        }

        return name;
    }
}
