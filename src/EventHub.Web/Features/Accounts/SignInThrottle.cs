using System.Net;
using System.Threading.RateLimiting;
using EventHub.Core.Security;
using Microsoft.Extensions.Options;

namespace EventHub.Web.Features.Accounts;

/// <summary>Sign-in limits from configuration ("RateLimits:SignIns").</summary>
public sealed class SignInLimitOptions
{
    /// <summary>Sign-in attempts one client address may make in a minute (a whole office may share one address).</summary>
    public int PerAddressPerMinute { get; set; } = 30;

    /// <summary>Sign-in attempts on one account in a minute, from every address together.</summary>
    public int PerAccountPerMinute { get; set; } = 10;
}

/// <summary>
/// Bounds password guessing: attempts are counted per client address and per account (keyed by a hash
/// of the e-mail address, so no address is held in clear) in one-minute windows, before any password is
/// hashed, so a refused attempt costs almost nothing. Each instance counts its own attempts.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perAccount;

    public SignInThrottle(IOptions<SignInLimitOptions> options)
    {
        _perAddress = Windowed(options.Value.PerAddressPerMinute);
        _perAccount = Windowed(options.Value.PerAccountPerMinute);
    }

    /// <summary>Counts one attempt; false when the address or the account has used its attempts for this minute.</summary>
    public bool TryAttempt(IPAddress? address, string email)
    {
        using var byAddress = _perAddress.AttemptAcquire(address?.ToString() ?? "unknown");
        if (!byAddress.IsAcquired)
        {
            return false;
        }
        using var byAccount = _perAccount.AttemptAcquire(SecureTokens.Hash(email.Trim().ToUpperInvariant()));
        return byAccount.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Windowed(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose()
    {
        _perAddress.Dispose();
        _perAccount.Dispose();
    }
}
