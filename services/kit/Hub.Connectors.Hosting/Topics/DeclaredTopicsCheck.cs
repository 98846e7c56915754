using Hub.Topics;
using Microsoft.Extensions.Hosting;

namespace Hub.Connectors.Hosting;

/// <summary>
/// Loads the topic declaration as the host starts (registered before every other hosted service), so a missing or
/// invalid file stops the connector with the file's own errors instead of failing its first publish.
/// </summary>
internal sealed class DeclaredTopicsCheck(TopicCatalog catalog) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        catalog.Topics.Count > 0 ? Task.CompletedTask : throw new TopicCatalogException($"{catalog.Source}: declares no topics.");

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
