using Hub.Topics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

/// <summary>Loads the connector's copy of the topic declaration (Topics:File under the content root).</summary>
internal static class DeclaredTopicsFile
{
    /// <exception cref="TopicCatalogException">The file is missing or invalid; the message names the file and every problem.</exception>
    public static TopicCatalog Load(IOptions<TopicOptions> options, IHostEnvironment environment)
    {
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.File));
        if (!File.Exists(path))
        {
            throw new TopicCatalogException(
                $"{path}: the topic declaration does not exist. The build copies contracts/topics.yaml next to every "
                + $"connector and the images mount it at /app/contracts; {TopicOptions.SectionName}:{nameof(TopicOptions.File)} "
                + "names another file (relative to the content root).");
        }

        return TopicCatalog.Load(path);
    }
}
