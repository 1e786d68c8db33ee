using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace EventHub.Web.Hosting;

/// <summary>
/// The headers every response carries: a Content-Security-Policy that allows only what the app loads
/// (docs/decisions/0013-content-security-policy.md), no MIME sniffing, no framing by another site, and
/// the origin only as referrer (the attendee links under /r/ send none, set by their endpoints).
/// The only inline script, Blazor's import map, is allowed by its hash: the map is fixed at start-up
/// (fingerprinted asset names), so output-cached pages carry the same policy as fresh ones.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; " +
        "script-src 'self'{0}; " +
        // MudBlazor writes style attributes (and Blazor sets styles from script): see the ADR.
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        // Blazor Server's WebSocket to the same host ('self' covers ws:/wss: of the page's origin).
        "connect-src 'self'; " +
        // The door camera's QR decoder (qr-scanner) runs in a worker built from a blob: URL.
        "worker-src 'self' blob:; " +
        "media-src 'self' blob:; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    private static readonly ConditionalWeakTable<ImportMapDefinition, string> Hashes = [];

    /// <summary>Whether <c>EventHub:PublicUrl</c> is an https address: the app is then only ever reached over HTTPS.</summary>
    public static bool PublicUrlIsHttps(IConfiguration configuration) =>
        Uri.TryCreate(configuration["EventHub:PublicUrl"], UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // "Server: Kestrel" tells a prober which server to attack and nothing useful to anyone else.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        if (PublicUrlIsHttps(configuration))
        {
            var url = new Uri(configuration["EventHub:PublicUrl"]!);
            services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
            services.AddHttpsRedirection(options => options.HttpsPort = url.Port);
            services.Configure<CookiePolicyOptions>(options =>
            {
                options.Secure = CookieSecurePolicy.Always;
                options.OnAppendCookie = cookie => cookie.CookieOptions.Secure = !IsPlainLoopback(cookie.Context.Request);
                options.OnDeleteCookie = cookie => cookie.CookieOptions.Secure = !IsPlainLoopback(cookie.Context.Request);
            });
        }
        return services;
    }

    /// <summary>
    /// A plain-http request addressed to this machine itself (the operator, a health probe): it never crossed
    /// a network, so it is answered over http, as HSTS also leaves localhost alone. Everyone else is sent to https.
    /// </summary>
    private static bool IsPlainLoopback(HttpRequest request) =>
        !request.IsHttps && (request.Host.Host == "localhost" || (System.Net.IPAddress.TryParse(request.Host.Host, out var ip) && System.Net.IPAddress.IsLoopback(ip)));

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        if (PublicUrlIsHttps(app.Configuration))
        {
            app.UseHsts();
            app.UseWhen(context => !IsPlainLoopback(context.Request), https => https.UseHttpsRedirection());
            app.UseCookiePolicy();
        }
        app.Use((context, next) =>
        {
            // Added as the answer starts, so that they are there whatever answers: the page that was asked for,
            // the page re-executed for a 404 or an error (its own import map), a static file, the output cache.
            // A header an endpoint set itself (no-referrer under /r/) is kept.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("X-Frame-Options", "SAMEORIGIN");
                headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.TryAdd("Content-Security-Policy", string.Format(Policy, ImportMapHash(context)));
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    /// <summary>The CSP source of the import map the endpoint's pages inline, or nothing when the endpoint has none.</summary>
    private static string ImportMapHash(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>() is { } map
            ? " " + Hashes.GetValue(map, HashOf)
            : "";

    /// <summary>The hash of the text the ImportMap component writes between its script tags.</summary>
    internal static string HashOf(ImportMapDefinition map) =>
        $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(map.ToString())))}'";
}
