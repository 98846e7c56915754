using System.Net.Sockets;
using System.Text;

namespace Hub.Testing;

/// <summary>Answers "is a Docker engine reachable?" cheaply, before Testcontainers is asked to start anything.</summary>
internal static class DockerEngine
{
    private const string DefaultSocket = "/var/run/docker.sock";

    public static async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var socket = await ConnectAsync(dockerHost, cts.Token);
            if (socket is null)
            {
                return false;
            }

            if (Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is "1")
            {
                // A TLS engine would need its client certificates to answer; accepting the connection is enough.
                return true;
            }

            await socket.SendAsync("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"u8.ToArray(), cts.Token);
            var buffer = new byte[512];
            var read = await socket.ReceiveAsync(buffer, cts.Token);
            var response = Encoding.ASCII.GetString(buffer, 0, read);
            return response.StartsWith("HTTP/1.", StringComparison.Ordinal) && response.Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<Socket?> ConnectAsync(string? dockerHost, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(dockerHost) || dockerHost.StartsWith("unix://", StringComparison.Ordinal))
        {
            var path = string.IsNullOrWhiteSpace(dockerHost) ? DefaultSocket : dockerHost["unix://".Length..];
            if (!File.Exists(path) && !OperatingSystem.IsWindows())
            {
                return null;
            }

            var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await unix.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
            return unix;
        }

        if (dockerHost.StartsWith("tcp://", StringComparison.Ordinal) && Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
        {
            var tcp = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await tcp.ConnectAsync(uri.Host, uri.Port, cancellationToken);
            return tcp;
        }

        return null;
    }
}
