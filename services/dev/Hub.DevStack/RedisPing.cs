using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Hub.DevStack;

/// <summary>Raw-socket PING, so the dev stack needs no Redis client library to know the server is up.</summary>
internal static class RedisPing
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static async Task WaitUntilReadyAsync(
        string host, int port, Process process, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            if (process.HasExited)
            {
                throw new RedisStartException($"redis-server exited with code {process.ExitCode} while starting on {host}:{port}.");
            }

            if (await TryPingAsync(host, port, cancellationToken))
            {
                return;
            }

            if (time.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"redis-server on {host}:{port} did not answer PING within {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(PollInterval, time, cancellationToken);
        }
    }

    /// <summary>True only for +PONG; a server still loading its append-only file answers -LOADING.</summary>
    public static async Task<bool> TryPingAsync(string host, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(TimeSpan.FromSeconds(2));
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cts.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cts.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, cts.Token);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
