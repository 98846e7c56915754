using System.Reflection;
using System.Runtime.InteropServices;

namespace Hub.DevStack.Native;

/// <summary>
/// Entry points of librdkafka's mock cluster, which Confluent.Kafka does not expose. Loaded once per process from
/// the librdkafka.redist files that Confluent.Kafka copies next to the application.
/// </summary>
internal static unsafe class LibRdKafka
{
    public const int ProducerType = 0;

    private static readonly Lazy<nint> Handle = new(LoadLibrary, LazyThreadSafetyMode.ExecutionAndPublication);

    public static delegate* unmanaged<nint> ConfNew => (delegate* unmanaged<nint>)Export("rd_kafka_conf_new");

    public static delegate* unmanaged<nint, byte*, byte*, byte*, nuint, int> ConfSet =>
        (delegate* unmanaged<nint, byte*, byte*, byte*, nuint, int>)Export("rd_kafka_conf_set");

    public static delegate* unmanaged<nint, void> ConfDestroy => (delegate* unmanaged<nint, void>)Export("rd_kafka_conf_destroy");

    public static delegate* unmanaged<int, nint, byte*, nuint, nint> New =>
        (delegate* unmanaged<int, nint, byte*, nuint, nint>)Export("rd_kafka_new");

    public static delegate* unmanaged<nint, void> Destroy => (delegate* unmanaged<nint, void>)Export("rd_kafka_destroy");

    public static delegate* unmanaged<nint, int, nint> MockClusterNew =>
        (delegate* unmanaged<nint, int, nint>)Export("rd_kafka_mock_cluster_new");

    public static delegate* unmanaged<nint, void> MockClusterDestroy =>
        (delegate* unmanaged<nint, void>)Export("rd_kafka_mock_cluster_destroy");

    public static delegate* unmanaged<nint, nint> MockClusterBootstraps =>
        (delegate* unmanaged<nint, nint>)Export("rd_kafka_mock_cluster_bootstraps");

    public static delegate* unmanaged<nint, byte*, int, int, int> MockTopicCreate =>
        (delegate* unmanaged<nint, byte*, int, int, int>)Export("rd_kafka_mock_topic_create");

    public static delegate* unmanaged<nint, int, int> MockBrokerSetDown =>
        (delegate* unmanaged<nint, int, int>)Export("rd_kafka_mock_broker_set_down");

    public static delegate* unmanaged<nint, int, int> MockBrokerSetUp =>
        (delegate* unmanaged<nint, int, int>)Export("rd_kafka_mock_broker_set_up");

    public static delegate* unmanaged<nint, int, int, int> MockBrokerSetRtt =>
        (delegate* unmanaged<nint, int, int, int>)Export("rd_kafka_mock_broker_set_rtt");

    public static delegate* unmanaged<nint, short, nuint, int*, void> MockPushRequestErrorsArray =>
        (delegate* unmanaged<nint, short, nuint, int*, void>)Export("rd_kafka_mock_push_request_errors_array");

    public static delegate* unmanaged<nint, short, void> MockClearRequestErrors =>
        (delegate* unmanaged<nint, short, void>)Export("rd_kafka_mock_clear_request_errors");

    public static delegate* unmanaged<nint, short, short, short, int> MockSetApiVersion =>
        (delegate* unmanaged<nint, short, short, short, int>)Export("rd_kafka_mock_set_apiversion");

    public static delegate* unmanaged<nint, byte*, int, int, int> MockPartitionSetLeader =>
        (delegate* unmanaged<nint, byte*, int, int, int>)Export("rd_kafka_mock_partition_set_leader");

    /// <summary>Resolves the library eagerly so a missing file fails with its own message, not mid-call.</summary>
    public static void EnsureLoaded() => _ = Handle.Value;

    private static nint Export(string name) =>
        NativeLibrary.TryGetExport(Handle.Value, name, out var address)
            ? address
            : throw new EntryPointNotFoundException(
                $"librdkafka has no export '{name}'; the mock cluster needs the librdkafka.redist that ships with Confluent.Kafka 2.x.");

    private static nint LoadLibrary()
    {
        var candidates = CandidatePaths().ToList();
        foreach (var path in candidates.Where(File.Exists))
        {
            if (NativeLibrary.TryLoad(path, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            "Could not load librdkafka for the embedded mock cluster. Looked for: "
            + string.Join(", ", candidates)
            + ". Reference Confluent.Kafka (it brings librdkafka.redist) from the application so the native files are "
            + "copied to its runtimes/<rid>/native folder.");
    }

    private static IEnumerable<string> CandidatePaths()
    {
        var arch = RuntimeInformation.OSArchitecture switch
        {
            Architecture.Arm64 => "arm64",
            Architecture.X86 => "x86",
            _ => "x64",
        };
        var roots = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(LibRdKafka).Assembly.Location) }
            .Concat([Path.GetDirectoryName(Assembly.GetEntryAssembly()?.Location)])
            .Where(r => !string.IsNullOrEmpty(r))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        foreach (var root in roots)
        {
            if (OperatingSystem.IsLinux())
            {
                var native = Path.Combine(root!, "runtimes", $"linux-{arch}", "native");
                // The plain librdkafka.so links libsasl2.so.3, which Debian and Ubuntu do not ship; the centos8 build
                // is self-contained for glibc, and musl systems need the alpine build.
                if (IsMusl())
                {
                    yield return Path.Combine(native, "alpine-librdkafka.so");
                }
                else
                {
                    yield return Path.Combine(native, "centos8-librdkafka.so");
                }

                yield return Path.Combine(native, "librdkafka.so");
            }
            else if (OperatingSystem.IsMacOS())
            {
                yield return Path.Combine(root!, "runtimes", $"osx-{arch}", "native", "librdkafka.dylib");
            }
            else if (OperatingSystem.IsWindows())
            {
                yield return Path.Combine(root!, "runtimes", $"win-{arch}", "native", "librdkafka.dll");
            }
        }
    }

    private static bool IsMusl() =>
        Directory.Exists("/lib") && Directory.EnumerateFiles("/lib", "ld-musl-*").Any();
}
