namespace Hub.Connectors.Polling;

/// <param name="Read">Records read, including the ones re-read in the overlap window.</param>
/// <param name="Published">New changes published (and acknowledged).</param>
/// <param name="Skipped">Re-read changes that had been published before.</param>
public sealed record PollResult(int Read, int Published, int Skipped, Watermark Watermark);
