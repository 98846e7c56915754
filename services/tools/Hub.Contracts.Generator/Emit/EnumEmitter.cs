using Hub.Contracts.Generator.Json;
using Hub.Contracts.Generator.Model;

namespace Hub.Contracts.Generator.Emit;

/// <summary>
/// Members keep the Avro symbols verbatim and their ordinals as values: Apache.Avro's specific writer matches
/// enum names to symbols and its reader hands Put the ordinal.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(NamedType type)
    {
        var symbols = (type.Definition["symbols"] as JsonArray)?.Items.OfType<JsonString>().Select(s => s.Value).ToList()
            ?? throw new SchemaProblemException(GeneratorDiagnostics.UnsupportedId, $"{type.FullName}: an enum needs symbols");
        var w = new CodeWriter();
        w.Doc(type.Definition.GetString("doc"));
        w.Open($"public enum {type.Name}");
        for (var i = 0; i < symbols.Count; i++)
        {
            w.Line($"{symbols[i]} = {i},");
        }

        w.Close();
        return CodeWriter.Header(type.Namespace) + w;
    }
}
