using Hub.Connectors.Hosting;
using Hub.Identity;
using Hub.Mapping;
using Microsoft.Extensions.DependencyInjection;
using Legacy.Connector.Files;
using Legacy.Connector.Inbound;
using Legacy.Connector.Outbound;
using Legacy.Connector.Quarantine;
using Legacy.Connector.Reading;
using Legacy.Connector.State;
using Hub.Contracts;

namespace Legacy.Connector.Hosting;

public static class LegacyConnectorExtensions
{
    /// <summary>Group legacy-connector.customers, reading what contracts/topics.yaml declares for it.</summary>
    public const string CustomersSubscription = "customers";

    /// <summary>The drop folder: completion rules, readers, row converters, quarantine, archive.</summary>
    public static IHostApplicationBuilder AddLegacyInbound(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LegacyFolders>().BindConfiguration(LegacyFolders.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMappings();
        builder.Services.AddCanonicalIdentity();
        builder.Services.AddSingleton<CompletionDetector>();
        builder.Services.AddSingleton<ExportReader>();
        builder.Services.AddSingleton<FileMover>();
        builder.Services.AddSingleton<ProcessedFiles>();
        builder.Services.AddFormerStateKey(ProcessedFiles.FormerKey, (keys, _) => keys.Key(ProcessedFiles.Store));
        builder.Services.AddSingleton<IRowConverter, CustomerRowConverter>();
        builder.Services.AddSingleton<IRowConverter, StockRowConverter>();
        builder.Services.AddSingleton<RejectedRowsFile>();
        builder.Services.AddSingleton<RowQuarantine>();
        builder.Services.AddInboundQuarantine<InboundOptions>(o => o.QuarantineTopic);
        builder.Services.AddSingleton<FileProcessor>();
        builder.Services.AddHostedService<DropFolderWatcher>();
        return builder;
    }

    /// <summary>CustomerUpserted → customer import files in the outbox.</summary>
    public static IHostApplicationBuilder AddLegacyOutbound(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OutboundJournal>();
        builder.Services.AddFormerStateKey(OutboundJournal.FormerPending, (keys, _) => keys.Tagged(OutboundJournal.Store, "pending"));
        builder.Services.AddFormerStateKey(OutboundJournal.FormerWritten, (keys, _) => keys.Tagged(OutboundJournal.Store, "written"));
        builder.Services.AddOutboundOwnership();
        builder.Services.AddHostedService<OutboxFileWriter>();
        builder.Services.AddSubscription<CustomerUpserted, CustomerExportHandler>(CustomersSubscription);
        return builder;
    }

    /// <summary>GET /legacy/files: what was processed (by content hash), for operators.</summary>
    public static WebApplication MapLegacyEndpoints(this WebApplication app)
    {
        app.MapGet("/legacy/files", async (ProcessedFiles files) => Results.Ok(await files.ListAsync().ConfigureAwait(false)));
        return app;
    }
}
