using System.Net;
using System.Net.Sockets;

namespace Hub.DevStack;

/// <summary>Finds a loopback TCP port that is free right now.</summary>
public static class FreePort
{
    /// <remarks>
    /// The port is released before the caller binds it, so another process can take it in between; callers that
    /// start servers retry with a new port when the bind fails.
    /// </remarks>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
