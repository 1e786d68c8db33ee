using System.Threading.RateLimiting;

namespace EventHub.Web.CheckIns;

/// <summary>Scan limits from configuration ("RateLimits:Scans"), so a benchmark can raise them.</summary>
public sealed class ScanLimitOptions
{
    /// <summary>Scans a device or a staff member may make in a burst.</summary>
    public int Burst { get; set; } = 30;

    /// <summary>Scans given back every second, per device or staff member.</summary>
    public int PerSecond { get; set; } = 2;
}

/// <summary>
/// One token bucket per device and per staff member, shared by the API and the check-in page (whose
/// scans travel over the circuit, where HTTP rate-limiting middleware cannot see them).
/// </summary>
public sealed class ScanLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ScanLimiter(Microsoft.Extensions.Options.IOptions<ScanLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>True when <paramref name="key"/> ("device:7", "user:…") may scan now.</summary>
    public bool TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
