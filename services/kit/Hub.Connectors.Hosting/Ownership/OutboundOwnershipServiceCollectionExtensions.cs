using Hub.Connectors.Hosting;
using Hub.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class OutboundOwnershipServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="OutboundOwnership"/> for the connector's outbound handlers, with what it needs: the ownership rules,
    /// the guard and the resolution queue (<c>AddCanonicalIdentity</c>, "Identity" section), and the <see cref="WriteJournal"/> handlers record their writes in.
    /// </summary>
    public static IServiceCollection AddOutboundOwnership(this IServiceCollection services)
    {
        services.AddCanonicalIdentity();
        services.TryAddSingleton<OutboundOwnership>();
        services.TryAddSingleton<WriteJournal>();
        return services;
    }
}
