namespace Hub.Demo;

public static class DemoSummary
{
    /// <summary>Prints the per-connector summary; true when every expectation of the script held.</summary>
    public static bool Print(TextWriter output, DemoScoreboard scoreboard, MessagingCounters counters, TimeSpan elapsed)
    {
        var expectedDead = DemoScript.InvalidCustomers + DemoScript.Unreadable;
        var published = DemoScript.GoodCustomers + DemoScript.InvalidCustomers + DemoScript.Duplicates;
        output.WriteLine();
        output.WriteLine($"Summary after {elapsed.TotalSeconds:F1} s — subscription erp-customers (canonical.customer.upserted → simulated ERP)");
        output.WriteLine($"  events published (Avro, via the registry)  {published} + {DemoScript.Unreadable} unreadable");
        output.WriteLine($"  applied to the ERP                         {scoreboard.AppliedCount} (expected {DemoScript.GoodCustomers}); applied twice: {scoreboard.AppliedTwice}");
        output.WriteLine($"  duplicates suppressed by dedup             {counters["hub.messaging.deduplicated"]} (expected {DemoScript.Duplicates})");
        output.WriteLine($"  handler failures retried                   {counters["hub.messaging.failed"]} attempts failed, {counters["hub.messaging.parked"]} parked on the retry topic");
        output.WriteLine($"  dead letters                               {counters["hub.messaging.dead_lettered"]} (expected {expectedDead}: {DemoScript.InvalidCustomers} rejected by the ERP, {DemoScript.Unreadable} undecodable)");
        output.WriteLine($"  end-to-end latency                         p50 {scoreboard.LatencyPercentile(50):F0} ms, p99 {scoreboard.LatencyPercentile(99):F0} ms");
        var ok = scoreboard.AppliedCount == DemoScript.GoodCustomers && scoreboard.AppliedTwice == 0
            && counters["hub.messaging.dead_lettered"] == expectedDead && counters["hub.messaging.deduplicated"] >= DemoScript.Duplicates;
        output.WriteLine(ok ? "Result: nothing lost, nothing duplicated, every failure accounted for." : "Result: EXPECTATIONS NOT MET (see above).");
        return ok;
    }
}
