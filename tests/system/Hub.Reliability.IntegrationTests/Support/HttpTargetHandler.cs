using System.Net;
using Hub.Messaging;
using Hub.Messaging.Errors;
using Hub.Messaging.TestApp;

namespace Hub.Reliability.IntegrationTests.Support;

/// <summary>
/// A connector's outbound call: POST with the event's idempotency key; 409 means "already applied" and counts as
/// success; 429, 5xx and timeouts are transient (429's Retry-After honoured), other 4xx permanent.
/// </summary>
public sealed class HttpTargetHandler(HttpClient client) : IEventHandler<TestEvent>
{
    public async Task HandleAsync(TestEvent @event, EventContext context, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "effects") { Content = new StringContent(@event.EventId) };
        request.Headers.Add("Idempotency-Key", context.IdempotencyKey);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientEventException($"The target did not answer within {client.Timeout.TotalMilliseconds:0} ms.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientEventException($"The target is unreachable: {ex.Message}", ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
            {
                return;
            }

            if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
            {
                throw new TransientEventException($"The target answered {status}.") { RetryAfter = response.Headers.RetryAfter?.Delta };
            }

            throw new PermanentEventException($"http-{status}", $"The target refused the event with {status}.");
        }
    }
}
