using Hub.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Connectors.Hosting;

public static class ExternalApiServiceCollectionExtensions
{
    /// <summary>
    /// A typed HttpClient for one external API, configured from "ExternalApis:{name}" (base URL, timeout, credential
    /// from the secret provider). Resilience is the pipeline's job (retries, retry topic, circuit breaker, rate limit
    /// per subscription), so the client itself sends each request once.
    /// </summary>
    public static IHttpClientBuilder AddExternalApi<TClient>(this IServiceCollection services, string name)
        where TClient : class
    {
        services.AddOptions<ExternalApiOptions>(name)
            .BindConfiguration($"{ExternalApiOptions.SectionPrefix}:{name}")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddHttpClient<TClient>(name, (sp, client) =>
            {
                var options = sp.GetRequiredService<IOptionsMonitor<ExternalApiOptions>>().Get(name);
                client.BaseAddress = options.BaseUrl;
                client.Timeout = options.Timeout;
            })
            .AddHttpMessageHandler(sp => new CredentialHandler(
                sp.GetRequiredService<ISecretProvider>(),
                sp.GetRequiredService<IOptionsMonitor<ExternalApiOptions>>().Get(name)));
    }
}
