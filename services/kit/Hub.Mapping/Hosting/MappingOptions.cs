using System.ComponentModel.DataAnnotations;

namespace Hub.Mapping;

public sealed class MappingOptions
{
    public const string SectionName = "Mapping";

    /// <summary>Folder of the service's <c>*.mapping.yaml</c> files (searched recursively), e.g. "Mapping".</summary>
    [Required]
    public string Directory { get; set; } = "Mapping";
}
