namespace EventHub.Benchmarks;

/// <summary>Latency samples and the percentiles printed from them.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];
    private readonly Lock _lock = new();

    public void Add(TimeSpan elapsed)
    {
        lock (_lock)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public void Add(Latencies other)
    {
        lock (_lock)
        {
            _milliseconds.AddRange(other._milliseconds);
        }
    }

    public int Count => _milliseconds.Count;

    public string Summary()
    {
        var sorted = _milliseconds.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"p50 {At(0.50):F1} ms, p95 {At(0.95):F1} ms, p99 {At(0.99):F1} ms, max {sorted.LastOrDefault():F1} ms";
    }
}
