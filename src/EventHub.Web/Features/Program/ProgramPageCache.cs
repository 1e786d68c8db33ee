using System.Globalization;
using EventHub.Core.Features.Program;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace EventHub.Web.Features.Program;

/// <summary>
/// The public program pages (agenda, sessions, speakers) are kept as rendered HTML, per language
/// and query string, until an organizer changes the program. The key includes the program's version,
/// so a page rendered before a change is never served after it; the tag frees the old entries.
/// Signed-in staff are never served from this cache (ASP.NET Core's default output-cache rules).
/// </summary>
public static class ProgramPageCache
{
    public const string Policy = "PublishedProgram";
    private const string Tag = "published-program";

    public static IServiceCollection AddProgramPageCache(this IServiceCollection services)
    {
        DecorateAntiforgery(services);
        return services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Tag(Tag)
            .Expire(TimeSpan.FromMinutes(30))
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("program",
                $"{CultureInfo.CurrentUICulture.Name}:{context.RequestServices.GetRequiredService<PublishedProgram>().Version}"))));
    }

    /// <summary>
    /// Blazor's static rendering stores an antiforgery cookie on every response, and a response that sets
    /// a cookie is never output-cached. The program pages post nothing, so for anonymous readers of an
    /// endpoint marked <see cref="CacheablePublicPageAttribute"/> the tokens are generated without the cookie.
    /// Signed-in staff (who may sign out from the page) keep the normal behaviour.
    /// </summary>
    private static void DecorateAntiforgery(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(provider => new CacheablePageAntiforgery(
            (IAntiforgery)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!)));
    }

    public static WebApplication UseProgramPageCache(this WebApplication app)
    {
        app.UseOutputCache();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<PublishedProgram>().Changed += () => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
        // The short addresses serve the current conference: when another becomes current, their pages change too.
        app.Services.GetRequiredService<EventHub.Core.Features.Events.ConferenceDirectory>().Changed += () => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
        return app;
    }
}

/// <summary>Marks a public page that posts no form and may be output-cached for anonymous readers.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CacheablePublicPageAttribute : Attribute;

internal sealed class CacheablePageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        httpContext.User.Identity?.IsAuthenticated != true && httpContext.GetEndpoint()?.Metadata.GetMetadata<CacheablePublicPageAttribute>() is not null
            ? inner.GetTokens(httpContext)
            : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
}
