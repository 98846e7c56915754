namespace Hub.Connectors.Hosting;

/// <summary>
/// Raises the thread pool's minimum so it never has to grow slowly under load. Confluent.Kafka's Consume is
/// synchronous by design, so every consumer loop (main and retry worker of each subscription) holds a pool thread
/// while it polls; on a two-core machine the default minimum is two threads, and the pool adds threads only about
/// twice a second once those are taken, so requests arriving at start-up would queue for seconds. Threads below the
/// minimum are still created only on demand.
/// </summary>
internal static class ThreadPoolFloor
{
    /// <summary>Default minimum worker threads; a connector runs a handful of consumer loops plus its requests.</summary>
    public const int MinWorkerThreads = 64;

    public static void Raise()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        if (workers < MinWorkerThreads)
        {
            ThreadPool.SetMinThreads(MinWorkerThreads, completionPorts);
        }
    }
}
