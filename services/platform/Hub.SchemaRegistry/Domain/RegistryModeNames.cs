using System.Diagnostics.CodeAnalysis;

namespace Hub.SchemaRegistry.Domain;

internal static class RegistryModeNames
{
    public static string ToWireName(this RegistryMode mode) => mode switch
    {
        RegistryMode.ReadOnly => "READONLY",
        RegistryMode.Import => "IMPORT",
        _ => "READWRITE",
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out RegistryMode? mode)
    {
        mode = name?.Trim().ToUpperInvariant() switch
        {
            "READWRITE" => RegistryMode.ReadWrite,
            "READONLY" => RegistryMode.ReadOnly,
            "IMPORT" => RegistryMode.Import,
            _ => null,
        };
        return mode is not null;
    }
}
