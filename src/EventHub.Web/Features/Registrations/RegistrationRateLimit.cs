using System.Net;
using System.Threading.RateLimiting;
using EventHub.Core.Security;
using EventHub.Web.Backplane;
using EventHub.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace EventHub.Web.Features.Registrations;

/// <summary>Registration limits from configuration ("RateLimits:Registrations"), so a benchmark can raise them.</summary>
public sealed class RegistrationLimitOptions
{
    /// <summary>Registration forms one client address may post in a burst (a family, or colleagues behind one office address).</summary>
    public int Burst { get; set; } = 10;

    /// <summary>Forms given back every minute, per client address.</summary>
    public int PerMinute { get; set; } = 20;
}

/// <summary>
/// Limits the posting of the registration form per client address with a token bucket; reading the
/// form and every other page are not limited. A refusal is a short page in the visitor's language.
/// With the Redis backplane the bucket is shared by every instance (<see cref="RedisTokenBucket"/>),
/// keyed by a hash of the address rather than the address itself.
/// </summary>
public sealed class RegistrationRateLimit(IOptions<RegistrationLimitOptions> options, TimeProvider time,
    IConnectionMultiplexer? redis = null, BackplaneOptions? backplane = null) : IRateLimiterPolicy<string>
{
    public const string Name = "registration";

    public RateLimitPartition<string> GetPartition(HttpContext context)
    {
        // The policy is on the registration page's endpoint (RegisterPage); only posting the form is limited.
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (redis is not null && backplane is not null)
        {
            return RateLimitPartition.Get(address, _ =>
                new RedisTokenBucket(redis, $"{backplane.Channel}:register-limit:{SecureTokens.Hash(address)}", Rule(), time));
        }
        return RateLimitPartition.GetTokenBucketLimiter(address, _ => Rule());
    }

    private TokenBucketRateLimiterOptions Rule()
    {
        var limits = options.Value;
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = Math.Max(1, limits.PerMinute),
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, ct) =>
    {
        var http = rejected.HttpContext;
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        http.Response.ContentType = "text/html; charset=utf-8";
        string E(string key) => WebUtility.HtmlEncode(L[key]);
        await http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E("RateLimit.Title")} – EventHub</title><link rel="stylesheet" href="/app.css"></head>
            <body><main class="public-main"><div class="form-card"><h1>{E("RateLimit.Title")}</h1>
            <p role="alert">{E("RateLimit.Body")}</p><p><a href="/register">{E("RateLimit.Back")}</a></p></div></main></body></html>
            """, ct);
    };
}
