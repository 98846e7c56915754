using System.Diagnostics;
using System.Globalization;

namespace Hub.DevStack;

internal static class RedisCommandLine
{
    /// <summary>
    /// Loopback only and protected mode, since the server has no password; every write fsynced to the append-only
    /// file and RDB snapshots off, so a kill loses nothing and a restart reads back exactly what was written.
    /// </summary>
    public static ProcessStartInfo Create(string executable, int port, string dataDirectory)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            WorkingDirectory = dataDirectory,
        };
        string[] args =
        [
            "--port", port.ToString(CultureInfo.InvariantCulture),
            "--bind", RedisServerProcess.Host,
            "--protected-mode", "yes",
            "--dir", dataDirectory,
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--save", "",
            "--daemonize", "no",
            "--logfile", Path.Combine(dataDirectory, "redis.log"),
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }
}
