using Hub.Resilience;
using Hub.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

public static class ExternalApiServiceCollectionExtensions
{
    /// <summary>
    /// A typed HttpClient for one external API, configured from "ExternalApis:{name}" (base URL, timeout, credential
    /// from the secret provider, cached per API). Resilience is the handler pipeline's job (retries, retry topic,
    /// circuit breaker, rate limit per subscription), so by default the client sends each request once, or twice
    /// after a 401 that a rotated credential explains (<see cref="CredentialHandler"/>); its "external-api" resilience
    /// handler (<see cref="ExternalApiResilience"/>, "Resilience:external-api") adds HTTP-level retries when configured.
    /// </summary>
    public static IHttpClientBuilder AddExternalApi<TClient>(this IServiceCollection services, string name)
        where TClient : class
    {
        services.AddOptions<ExternalApiOptions>(name)
            .BindConfiguration($"{ExternalApiOptions.SectionPrefix}:{name}")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // A singleton per API, not per handler: the client factory recycles handlers every few minutes.
        services.TryAddKeyedSingleton(name, (sp, _) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<ExternalApiOptions>>().Get(name);
            return new CredentialCache(
                sp.GetRequiredService<ISecretProvider>(), options.CredentialSecret ?? string.Empty, options.CredentialTtl, sp.GetService<TimeProvider>() ?? TimeProvider.System);
        });
        services.AddRetryPipelineOptions(ResiliencePipelineNames.ExternalApi, RetryPipelineDefaults.ExternalApi);
        var client = services.AddHttpClient<TClient>(name, (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<ExternalApiOptions>>().Get(name);
                client.BaseAddress = options.BaseUrl;
                client.Timeout = options.Timeout;
            });
        // Outermost, so a retry goes through the whole chain again (credential, the connector's own handlers).
        client.AddResilienceHandler(ResiliencePipelineNames.ExternalApi, ExternalApiResilience.Configure);
        return client
            .AddHttpMessageHandler(sp => new CredentialHandler(
                sp.GetRequiredKeyedService<CredentialCache>(name),
                sp.GetRequiredService<IOptionsMonitor<ExternalApiOptions>>().Get(name)));
    }
}
