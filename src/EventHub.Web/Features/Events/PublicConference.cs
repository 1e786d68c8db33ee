using EventHub.Core.Features.Events;

namespace EventHub.Web.Features.Events;

/// <summary>
/// The conference a public address names: <c>/{slug}/agenda</c> names it by its short name, the short
/// addresses (<c>/agenda</c>, <c>/register</c>…) serve the installation's current one, so links printed
/// before an installation held several conferences keep working.
/// </summary>
public static class PublicConference
{
    /// <summary>The route value that carries a conference's short name.</summary>
    public const string SlugRouteValue = "Slug";

    /// <summary>The conference, or null when the address names none (an unknown short name, or no conference yet).</summary>
    public static Task<ConferenceRef?> ResolveAsync(this ConferenceDirectory conferences, string? slug, CancellationToken ct = default) =>
        string.IsNullOrEmpty(slug) ? conferences.CurrentAsync(ct) : conferences.BySlugAsync(slug, ct);

    /// <summary>A public page's address in the same form the reader used: with the short name when they came by it.</summary>
    public static string Path(string? slug, string page) =>
        string.IsNullOrEmpty(slug) ? $"/{page}" : $"/{Uri.EscapeDataString(slug)}/{page}";

    /// <summary>The short name in this request's address, if it has one (for layouts and middleware).</summary>
    public static string? SlugOf(HttpContext? http) => http?.GetRouteValue(SlugRouteValue) as string;
}
