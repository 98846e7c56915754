using Hub.Connectors.Hosting.Capture;
using Hub.Connectors.Polling;
using Hub.Contracts;
using Hub.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hub.Connectors.Hosting;

/// <summary>
/// What a connector is, declared in one place: the API client of its system, the canonical events it writes there
/// (outbound subscriptions, with the kit's echo suppression and ownership), what it reads from there (pollers,
/// endpoints such as webhooks, workers such as a drop-folder watcher), where it quarantines what it cannot map and the
/// few services of its own. Topics and groups come from contracts/topics.yaml,
/// settings from the sections each part names (ExternalApis, Subscriptions, Polling). See docs/adding-a-connector.md.
/// </summary>
public sealed class ConnectorDeclaration
{
    private readonly List<Action<WebApplication>> _endpoints = [];

    internal ConnectorDeclaration(IServiceCollection services, string system)
    {
        Services = services;
        System = system;
    }

    /// <summary>The connector's container, for the services its handlers and feeds need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The external system's name (Connector:SourceSystem); also the name of its API's settings.</summary>
    public string System { get; }

    internal IReadOnlyList<Action<WebApplication>> EndpointMappers => _endpoints;

    /// <summary>
    /// The system's API client, configured from ExternalApis:{system}; <paramref name="configure"/> adds handlers (rate
    /// limits, tenant headers). Its calls are captured when Capture:Enabled is on (<see cref="TrafficCapture"/>).
    /// </summary>
    public ConnectorDeclaration Api<TClient>(Action<IHttpClientBuilder>? configure = null)
        where TClient : class
    {
        var client = Services.AddExternalApi<TClient>(System);
        configure?.Invoke(client);
        // Last, so it is innermost: it records the request as the connector's own handlers left it.
        client.AddTrafficCapture(System);
        return this;
    }

    /// <summary>Writes <typeparamref name="TEvent"/> to the system: group {connector}.{subscription} as contracts/topics.yaml declares it.</summary>
    public ConnectorDeclaration Outbound<TEvent, THandler>(string subscription, Action<SubscriptionBuilder<TEvent>>? configure = null)
        where TEvent : class, ICanonicalEvent
        where THandler : class, IEventHandler<TEvent>
    {
        var built = Services.AddOutboundSubscription<TEvent, THandler>(subscription);
        configure?.Invoke(built);
        return this;
    }

    /// <summary>
    /// Applies `hub revert` requests (hub.reverts, group {connector}.reverts) to the system with the kit's
    /// <see cref="RevertRequestHandler"/>: it takes the requests for <typeparamref name="TTarget"/>'s system, reads each
    /// record through the target, puts back what <see cref="RevertCheck"/> allows and submits the rest to the resolution queue.
    /// </summary>
    public ConnectorDeclaration Reverts<TTarget>()
        where TTarget : class, IRevertTarget
    {
        Services.TryAddScoped<IRevertTarget, TTarget>();
        Services.AddSubscription<Hub.Identity.RevertRequest, RevertRequestHandler>(RevertsSubscription);
        return this;
    }

    /// <summary>The subscription that applies `hub revert` requests (contracts/topics.yaml: group {connector}.reverts).</summary>
    public const string RevertsSubscription = "reverts";

    /// <summary>Reads changed records from the system by delta polling (settings Polling:{poller}).</summary>
    public ConnectorDeclaration Poll<TRecord, TFeed>(string poller, Action<DeltaPollingOptions>? configure = null)
        where TRecord : class
        where TFeed : class, IDeltaFeed<TRecord>
    {
        Services.AddDeltaPolling<TRecord, TFeed>(poller, configure);
        return this;
    }

    /// <summary>
    /// Reads from the system by a worker of the connector's own (e.g. a drop-folder watcher for a system that only
    /// exports files), started with the connector; <paramref name="register"/> adds the services the worker uses.
    /// </summary>
    public ConnectorDeclaration Intake<TWorker>(Action<IServiceCollection>? register = null)
        where TWorker : class, IHostedService
    {
        register?.Invoke(Services);
        Services.AddHostedService<TWorker>();
        return this;
    }

    /// <summary>
    /// Inbound records the system sent but the connector cannot map are kept on the topic the connector's own options
    /// name (<see cref="InboundQuarantine"/>), e.g. <c>Quarantine&lt;ShopOptions&gt;(o =&gt; o.InboundDeadLetterTopic)</c>.
    /// </summary>
    public ConnectorDeclaration Quarantine<TOptions>(Func<TOptions, string> topic)
        where TOptions : class
    {
        Services.AddInboundQuarantine(topic);
        return this;
    }

    /// <summary>
    /// Shows what the system holds of an entity for `hub reconcile`: <c>GET /reconcile/{entity}</c> answers pages of
    /// <typeparamref name="TSource"/>'s records in canonical form. The source reads through the connector's API client
    /// and never writes.
    /// </summary>
    /// <param name="entity">The entity as the CLI and the route name it, e.g. <c>customers</c>.</param>
    public ConnectorDeclaration Snapshot<TSource>(string entity)
        where TSource : class, Hub.Reconciliation.ISnapshotSource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        Services.AddKeyedSingleton<Hub.Reconciliation.ISnapshotSource, TSource>(entity);
        _endpoints.Add(app => SnapshotEndpoint.Map(app, entity));
        return this;
    }

    /// <summary>
    /// Lets `hub quality` profile the system before the connector is switched on: <c>GET /quality/{entity}</c> answers
    /// pages of <typeparamref name="TSource"/>'s records run through its inbound mapping (nothing published or written).
    /// </summary>
    public ConnectorDeclaration Quality<TSource>(string entity)
        where TSource : class, IQualitySource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        Services.AddKeyedSingleton<IQualitySource, TSource>(entity);
        _endpoints.Add(app => QualityEndpoint.Map(app, entity));
        return this;
    }

    /// <summary>
    /// For a system that only exports files: <c>POST /quality/{entity}/file?name=</c> profiles an export sent in the
    /// body, read by <typeparamref name="TSource"/> with the connector's own readers.
    /// </summary>
    public ConnectorDeclaration QualityFile<TSource>(string entity)
        where TSource : class, IQualityFileSource
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        Services.AddKeyedSingleton<IQualityFileSource, TSource>(entity);
        _endpoints.Add(app => QualityEndpoint.MapFile(app, entity));
        return this;
    }

    /// <summary>Endpoints the system calls (webhooks) or operators use, mapped with the connector's own endpoints.</summary>
    public ConnectorDeclaration Endpoints(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _endpoints.Add(map);
        return this;
    }

    /// <summary>The connector's own services (mappers, stores, feeds' helpers).</summary>
    public ConnectorDeclaration Use(Action<IServiceCollection> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        register(Services);
        return this;
    }
}
