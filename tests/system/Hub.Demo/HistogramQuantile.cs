namespace Hub.Demo;

/// <summary>
/// A quantile from cumulative histogram buckets (le → count), interpolated linearly inside the bucket it falls in,
/// as Prometheus' histogram_quantile does.
/// </summary>
public static class HistogramQuantile
{
    /// <returns>NaN when the histogram is empty; the highest finite bound when the quantile is in the +Inf bucket.</returns>
    public static double Of(double quantile, IReadOnlyList<(double UpperBound, double Count)> buckets)
    {
        var sorted = buckets.OrderBy(b => b.UpperBound).ToList();
        var total = sorted.Count == 0 ? 0 : sorted[^1].Count;
        if (total <= 0)
        {
            return double.NaN;
        }

        var rank = quantile * total;
        var (lowerBound, lowerCount) = (0.0, 0.0);
        foreach (var (upper, count) in sorted)
        {
            if (count >= rank)
            {
                return double.IsPositiveInfinity(upper)
                    ? lowerBound
                    : lowerBound + ((upper - lowerBound) * (count == lowerCount ? 1 : (rank - lowerCount) / (count - lowerCount)));
            }

            (lowerBound, lowerCount) = (upper, count);
        }

        return lowerBound;
    }
}
