using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Secrets;

/// <summary>
/// The registered <see cref="ISecretProvider"/>: on first use it picks Dapr when a sidecar answers /v1.0/healthz
/// (or Secrets:Source says Dapr) and configuration otherwise, then keeps that choice for the process's life.
/// </summary>
public sealed partial class SidecarAwareSecretProvider : ISecretProvider, IDisposable
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(100);

    private readonly SecretsOptions _options;
    private readonly IConfiguration _configuration;
    private readonly SecretRedactor _redactor;
    private readonly ILogger<SidecarAwareSecretProvider> _logger;
    private readonly Lazy<Task<ISecretProvider>> _chosen;
    private DaprClient? _client;

    public SidecarAwareSecretProvider(IOptions<SecretsOptions> options, IConfiguration configuration, SecretRedactor redactor, ILogger<SidecarAwareSecretProvider> logger)
    {
        _options = options.Value;
        _configuration = configuration;
        _redactor = redactor;
        _logger = logger;
        _chosen = new Lazy<Task<ISecretProvider>>(ChooseAsync);
    }

    public string Source => _chosen.IsValueCreated && _chosen.Value.IsCompletedSuccessfully ? _chosen.Value.Result.Source : "undecided";

    public async Task<string> GetSecretAsync(string name, CancellationToken cancellationToken = default)
    {
        var provider = await _chosen.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var value = await provider.GetSecretAsync(name, cancellationToken).ConfigureAwait(false);
        LogSecretRead(_logger, name, provider.Source);
        return value;
    }

    public void Dispose() => _client?.Dispose();

    private async Task<ISecretProvider> ChooseAsync()
    {
        var configurationProvider = new ConfigurationSecretProvider(_configuration, _redactor);
        if (_options.Source == SecretSource.Configuration)
        {
            return Chosen(configurationProvider, "Secrets:Source is Configuration");
        }

        var sidecar = DaprSidecar.Locate(_options, _configuration);
        if (sidecar is null)
        {
            return _options.Source == SecretSource.Dapr
                ? throw new SecretUnavailableException("Secrets:Source is Dapr but no sidecar is configured (DAPR_HTTP_PORT or Secrets:DaprHttpEndpoint).")
                : Chosen(configurationProvider, "no Dapr sidecar configured");
        }

        var builder = new DaprClientBuilder().UseHttpEndpoint(sidecar.HttpEndpoint.ToString()).UseGrpcEndpoint(sidecar.GrpcEndpoint.ToString());
        if (sidecar.ApiToken is not null)
        {
            builder.UseDaprApiToken(sidecar.ApiToken);
        }

        _client = builder.Build();
        var dapr = new DaprSecretProvider(_client, _options.Store, _redactor);
        if (await SidecarAnswersAsync(_client).ConfigureAwait(false))
        {
            return Chosen(dapr, $"the sidecar at {sidecar.HttpEndpoint} is healthy");
        }

        if (_options.Source == SecretSource.Dapr)
        {
            throw new SecretUnavailableException($"The Dapr sidecar at {sidecar.HttpEndpoint} did not report healthy within {_options.SidecarProbeTimeout}.");
        }

        LogSidecarSilent(_logger, sidecar.HttpEndpoint, _options.SidecarProbeTimeout);
        return Chosen(configurationProvider, "the sidecar did not answer");
    }

    /// <summary>Polls: a sidecar usually starts alongside the app and may need a moment.</summary>
    private async Task<bool> SidecarAnswersAsync(DaprClient client)
    {
        using var deadline = new CancellationTokenSource(_options.SidecarProbeTimeout);
        while (!deadline.IsCancellationRequested)
        {
            try
            {
                if (await client.CheckHealthAsync(deadline.Token).ConfigureAwait(false))
                {
                    return true;
                }

                await Task.Delay(ProbeInterval, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return false;
    }

    private ISecretProvider Chosen(ISecretProvider provider, string reason)
    {
        LogSourceChosen(_logger, provider.Source, reason);
        return provider;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Secrets come from {Source} ({Reason})")]
    private static partial void LogSourceChosen(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Dapr sidecar at {Endpoint} did not answer within {Timeout}; secrets come from configuration")]
    private static partial void LogSidecarSilent(ILogger logger, Uri endpoint, TimeSpan timeout);

    // Names only: the value must never be an argument of a log call, whatever the level.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Read secret {Name} from {Source}")]
    private static partial void LogSecretRead(ILogger logger, string name, string source);
}
