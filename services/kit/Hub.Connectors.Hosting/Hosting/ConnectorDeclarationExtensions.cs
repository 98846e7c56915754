using Hub.Mapping;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Connectors.Hosting;

public static class ConnectorDeclarationExtensions
{
    /// <summary>
    /// Declares the connector (<see cref="ConnectorDeclaration"/>) on a host from <see cref="ConnectorHost.CreateBuilder"/>:
    /// the mapping catalog and outbound ownership come with it; <see cref="ConnectorHost.MapConnectorEndpoints"/> maps
    /// the endpoints it declares.
    /// </summary>
    public static WebApplicationBuilder AddConnector(this WebApplicationBuilder builder, Action<ConnectorDeclaration> declare)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(declare);
        var system = builder.Configuration[$"{ConnectorOptions.SectionName}:{nameof(ConnectorOptions.SourceSystem)}"]
            ?? throw new InvalidOperationException("Connector:SourceSystem is not set; create the builder with ConnectorHost.CreateBuilder.");
        builder.Services.AddMappings();
        builder.Services.AddOutboundOwnership();
        var declaration = new ConnectorDeclaration(builder.Services, system);
        declare(declaration);
        builder.Services.AddSingleton(declaration);
        return builder;
    }
}
