using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace EventHub.Web.Features.Registrations;

/// <summary>
/// A token bucket kept in Redis, so that every instance draws from the same one and a per-address
/// limit holds however many instances share the load. The rule is the in-process bucket's: a full
/// bucket of tokens, and a number given back at each whole minute. One script reads, refills and
/// draws atomically, on Redis's own clock. While Redis is away, this instance falls back to a bucket
/// of its own with the same rule.
/// </summary>
internal sealed class RedisTokenBucket(IConnectionMultiplexer redis, RedisKey key, TokenBucketRateLimiterOptions rule, TimeProvider time) : RateLimiter
{
    private const string Draw = """
        local clock = redis.call('TIME')
        local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
        local limit = tonumber(ARGV[1])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or limit
        local at = tonumber(state[2]) or now
        local periods = math.floor((now - at) / tonumber(ARGV[3]))
        if periods > 0 then
          tokens = math.min(limit, tokens + periods * tonumber(ARGV[2]))
          at = at + periods * tonumber(ARGV[3])
        end
        local granted = 0
        if tokens >= 1 then
          tokens = tokens - 1
          granted = 1
        end
        redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', at)
        redis.call('PEXPIRE', KEYS[1], 3600000)
        return granted
        """;

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
                var granted = (long)await redis.GetDatabase().ScriptEvaluateAsync(Draw, [key],
                    [rule.TokenLimit, rule.TokensPerPeriod, (long)rule.ReplenishmentPeriod.TotalMilliseconds]);
                return Lease.Of(granted == 1);
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
