using System.Text;
using Confluent.SchemaRegistry;

namespace Hub.Cli.Output;

/// <summary>Confluent's <see cref="Compatibility"/> values as the registry's REST API spells them (BACKWARD_TRANSITIVE).</summary>
public static class CompatibilityNames
{
    public static string ToRegistryName(Compatibility level)
    {
        var name = level.ToString();
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                result.Append('_');
            }

            result.Append(char.ToUpperInvariant(name[i]));
        }

        return result.ToString();
    }
}
