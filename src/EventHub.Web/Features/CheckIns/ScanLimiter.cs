using System.Threading.RateLimiting;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;

namespace EventHub.Web.Features.CheckIns;

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
/// scans travel over the circuit, where HTTP rate-limiting middleware cannot see them). A refused scan is
/// recorded here too, so both doors into the check-in feature keep the same audit trail.
/// </summary>
public sealed class ScanLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly CheckInDesk _checkIns;

    public ScanLimiter(Microsoft.Extensions.Options.IOptions<ScanLimitOptions> options, CheckInDesk checkIns)
    {
        _checkIns = checkIns;
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

    /// <summary>True when <paramref name="actor"/> may make one more request (a scan or a search) now.</summary>
    public bool TryAcquire(CheckInActor actor)
    {
        using var lease = _limiter.AttemptAcquire(actor.DeviceId is { } device ? $"device:{device}" : $"user:{actor.StaffUserId}");
        return lease.IsAcquired;
    }

    /// <summary>True when <paramref name="actor"/> may scan now; otherwise records the refused scan at the checkpoint.</summary>
    public async Task<bool> AdmitScanAsync(CheckInActor actor, int checkpointId, CancellationToken ct = default)
    {
        if (TryAcquire(actor))
        {
            return true;
        }
        await _checkIns.LogRefusedAsync(checkpointId, actor, CheckInOutcome.RateLimited, ct);
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
