using Hub.Mapping;

namespace Legacy.Connector.Inbound;

internal static class MappingReasons
{
    public static string Of(MappingResult result) => string.Join("; ", result.Rejections.Select(r => $"{r.Field} ({r.Rule}): {r.Message}"));
}
