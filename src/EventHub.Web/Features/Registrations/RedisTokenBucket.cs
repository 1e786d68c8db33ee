using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace EventHub.Web.Features.Registrations;

/// <summary>
/// A token bucket kept in Redis, so that every instance draws from the same one and a per-address
/// limit holds however many instances share the load. RedisRateLimiting's bucket refills and draws in
/// one script (ADR 9), with the in-process bucket's rule: a full bucket of tokens, and a number given
/// back at each whole period. While Redis is away, this instance falls back to a bucket of its own with
/// the same rule.
/// </summary>
internal sealed class RedisTokenBucket(IConnectionMultiplexer redis, string key, TokenBucketRateLimiterOptions rule, TimeProvider time) : RateLimiter
{
    private readonly RedisTokenBucketRateLimiter<string> _shared = new(key, new RedisTokenBucketRateLimiterOptions
    {
        ConnectionMultiplexerFactory = () => redis,
        TokenLimit = rule.TokenLimit,
        TokensPerPeriod = rule.TokensPerPeriod,
        ReplenishmentPeriod = rule.ReplenishmentPeriod,
    });
    private readonly TokenBucketRateLimiter _alone = new(rule);
    private long _lastUsed = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>The answer needs Redis, so it is never given without waiting: the caller then asks <see cref="AcquireAsyncCore"/>.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.Of(permitCount == 0);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, time.GetTimestamp());
        if (permitCount == 0)
        {
            return Lease.Of(true);
        }
        if (redis.IsConnected)
        {
            try
            {
                return await _shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (RedisException)
            {
                // Redis went away between the check and the call: this instance's own bucket decides.
            }
        }
        return await _alone.AcquireAsync(permitCount, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _alone.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        private static readonly Lease Granted = new(true);
        private static readonly Lease Refused = new(false);

        public static Lease Of(bool acquired) => acquired ? Granted : Refused;

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
