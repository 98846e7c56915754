namespace Hub.Resilience;

/// <summary>
/// What one caller of a retry pipeline hears before each wait: the failure, how many tries failed in a row, and how
/// long the pipeline waits before the next one. Callers log, report health or keep a paused consumer polled here.
/// </summary>
public delegate ValueTask RetryNotification(Exception error, int failures, TimeSpan nextDelay);
