using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Resilience.UnitTests.Support;

/// <summary>A container with the given settings as its configuration, a fake clock and logging, as a host would have.</summary>
internal static class TestServices
{
    public static readonly DateTimeOffset Start = new(2026, 12, 8, 9, 0, 0, TimeSpan.Zero);

    public static (IServiceCollection Services, IConfiguration Configuration, FakeTimeProvider Time) Create(Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection((settings ?? []).Where(s => s.Value is not null)).Build();
        var time = new FakeTimeProvider(Start);
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        return (services, configuration, time);
    }
}
