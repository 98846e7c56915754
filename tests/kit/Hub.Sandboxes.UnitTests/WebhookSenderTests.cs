using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Hub.Sandboxes.UnitTests;

public sealed class WebhookSenderTests
{
    [Fact]
    public async Task Delivery_ReceiverDoesNotAnswerInTime_RetriedLikeAVendorAndTheSenderKeepsRunning()
    {
        var receiver = new SlowFirstReceiver();
        var statistics = new WebhookStatistics();
        using var client = new HttpClient(receiver) { Timeout = TimeSpan.FromMilliseconds(200) };
        var sender = new WebhookSender(
            new SingleClientFactory(client),
            new NoSignature(),
            new FaultState(TimeProvider.System),
            statistics,
            Options.Create(new WebhookOptions { TargetUrl = new Uri("http://connector.test/webhooks"), RetryDelay = TimeSpan.FromMilliseconds(10) }),
            TimeProvider.System,
            NullLogger<WebhookSender>.Instance);
        await sender.StartAsync(CancellationToken.None);

        sender.Enqueue(new WebhookDelivery("contact.creation", "[]"u8.ToArray(), new Dictionary<string, string>()));
        sender.Enqueue(new WebhookDelivery("contact.creation", "[]"u8.ToArray(), new Dictionary<string, string>()));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (receiver.Calls < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await sender.StopAsync(CancellationToken.None);
        receiver.Calls.Should().Be(3, "the timed-out attempt is sent again, then the next delivery goes out");
        sender.ExecuteTask!.IsFaulted.Should().BeFalse("a receiver's timeout must not stop the sender (before, it stopped the sandbox)");
    }

    private sealed class SlowFirstReceiver : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }

    private sealed class SingleClientFactory(HttpClient client) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => client;
    }

    private sealed class NoSignature : IWebhookSigner
    {
        public void Sign(HttpRequestMessage request, byte[] body)
        {
        }
    }
}
