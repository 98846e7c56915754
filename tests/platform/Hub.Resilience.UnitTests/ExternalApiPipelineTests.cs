using System.Net;
using Hub.Connectors.Hosting;
using Hub.Resilience.UnitTests.Support;
using Hub.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Resilience.UnitTests;

/// <summary>"external-api": the resilience handler inside every external API's HttpClient (AddExternalApi).</summary>
public sealed class ExternalApiPipelineTests
{
    private readonly ScriptedApi _api = new();

    [Fact]
    public async Task SendAsync_NoSettings_SendsOnce()
    {
        using var provider = Build([]);

        var response = await Client(provider).GetAsync("orders");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        _api.Requests.Should().Be(1, "retries are the handler pipeline's unless Resilience:external-api says otherwise");
    }

    [Theory]
    [InlineData("1", 2)]
    [InlineData("3", 4)]
    public async Task SendAsync_RetriesConfigured_TemporaryAnswerTriedThatOften(string attempts, int expectedRequests)
    {
        using var provider = Build(new() { ["Resilience:external-api:MaxRetryAttempts"] = attempts, ["Resilience:external-api:Delay"] = "00:00:00" });

        var response = await Client(provider).GetAsync("orders");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, "the last answer goes to the caller, which classifies it");
        _api.Requests.Should().Be(expectedRequests);
    }

    [Fact]
    public async Task SendAsync_RefusedForGood_NotRetried()
    {
        _api.Status = HttpStatusCode.UnprocessableEntity;
        using var provider = Build(new() { ["Resilience:external-api:MaxRetryAttempts"] = "3", ["Resilience:external-api:Delay"] = "00:00:00" });

        await Client(provider).GetAsync("orders");

        _api.Requests.Should().Be(1);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanMaxDelay_ReturnedAtOnce()
    {
        _api.Status = HttpStatusCode.TooManyRequests;
        _api.RetryAfter = TimeSpan.FromMinutes(1);
        using var provider = Build(new() { ["Resilience:external-api:MaxRetryAttempts"] = "3", ["Resilience:external-api:MaxDelay"] = "00:00:02" });

        await Client(provider).GetAsync("orders");

        _api.Requests.Should().Be(1, "the retry topic waits a minute without holding the call");
    }

    [Fact]
    public async Task SendAsync_RetryAfterWithinMaxDelay_WaitsItThenRetries()
    {
        _api.Status = HttpStatusCode.TooManyRequests;
        _api.RetryAfter = TimeSpan.FromSeconds(1);
        using var provider = Build(new() { ["Resilience:external-api:MaxRetryAttempts"] = "1", ["Resilience:external-api:Delay"] = "00:00:00" });
        var time = (FakeTimeProvider)provider.GetRequiredService<TimeProvider>();

        var call = Client(provider).GetAsync("orders");
        await time.AdvanceUntilAsync(() => _api.Requests == 1 && !call.IsCompleted, TimeSpan.Zero);
        time.Advance(TimeSpan.FromMilliseconds(900));
        var early = _api.Requests;
        await time.AdvanceUntilAsync(() => call.IsCompleted, TimeSpan.FromMilliseconds(50));

        early.Should().Be(1);
        _api.Requests.Should().Be(2);
    }

    private static HttpClient Client(IServiceProvider provider) => provider.GetRequiredService<ProbeApiClient>().Http;

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["ExternalApis:probe:BaseUrl"] = "http://probe.test/";
        var (services, _, _) = TestServices.Create(settings);
        services.AddSingleton<ISecretProvider, NoSecrets>();
        services.AddExternalApi<ProbeApiClient>("probe").ConfigurePrimaryHttpMessageHandler(() => _api);
        return services.BuildServiceProvider();
    }
}
