using Hub.Contracts.Generator.Model;

namespace Hub.Contracts.Generator.Emit;

/// <summary>Lets tools (a CLI printing any event, a registry seeder) find the event classes by Avro full name.</summary>
internal static class CatalogEmitter
{
    public static string Emit(string ns, IEnumerable<NamedType> events)
    {
        var w = new CodeWriter();
        w.Line("/// <summary>The canonical event classes generated from the newest .avsc of each event, keyed by Avro full name.</summary>");
        w.Open("public static class CanonicalEventTypes");
        w.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Type> ByAvroName { get; } =");
        w.Line("    new global::System.Collections.Generic.Dictionary<string, global::System.Type>(global::System.StringComparer.Ordinal)");
        w.Line("    {");
        foreach (var type in events.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            w.Line($"        [\"{type.FullName}\"] = typeof(global::{type.FullName}),");
        }

        w.Line("    };");
        w.Close();
        return CodeWriter.Header(ns) + w;
    }
}
