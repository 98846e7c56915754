using Hub.Connectors.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Legacy.Connector.Files;
using Legacy.Connector.Inbound;
using Legacy.Connector.Outbound;
using Legacy.Connector.Quarantine;
using Legacy.Connector.Reading;
using Legacy.Connector.State;

namespace Legacy.Connector.Hosting;

/// <summary>The legacy connector's own parts; what it reads and writes is declared in Program.cs.</summary>
public static class LegacyConnectorExtensions
{
    /// <summary>What the drop-folder watcher uses: folders, completion rules, readers, row converters, rejected rows, archive.</summary>
    public static IServiceCollection AddLegacyFileIntake(this IServiceCollection services)
    {
        services.AddOptions<LegacyFolders>().BindConfiguration(LegacyFolders.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CompletionDetector>();
        services.AddSingleton<ExportReader>();
        services.AddSingleton<FileMover>();
        services.AddSingleton<ProcessedFiles>();
        services.AddFormerStateKey(ProcessedFiles.FormerKey, (keys, _) => keys.Key(ProcessedFiles.Store));
        services.AddSingleton<IRowConverter, CustomerRowConverter>();
        services.AddSingleton<IRowConverter, StockRowConverter>();
        services.AddSingleton<RejectedRowsFile>();
        services.AddSingleton<RowQuarantine>();
        services.AddSingleton<FileProcessor>();
        return services;
    }

    /// <summary>The customer import files: settings (Legacy:Outbound), the Redis journal of rows, the outbox writer.</summary>
    public static IServiceCollection AddLegacyOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OutboundJournal>();
        services.AddFormerStateKey(OutboundJournal.FormerPending, (keys, _) => keys.Tagged(OutboundJournal.Store, "pending"));
        services.AddFormerStateKey(OutboundJournal.FormerWritten, (keys, _) => keys.Tagged(OutboundJournal.Store, "written"));
        services.AddHostedService<OutboxFileWriter>();
        return services;
    }

    /// <summary>GET /legacy/files: what was processed (by content hash), for operators.</summary>
    public static WebApplication MapLegacyEndpoints(this WebApplication app)
    {
        app.MapGet("/legacy/files", async (ProcessedFiles files) => Results.Ok(await files.ListAsync().ConfigureAwait(false)));
        return app;
    }
}
