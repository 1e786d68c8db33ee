using Microsoft.AspNetCore.Localization;

namespace EventHub.Web.Hosting;

/// <summary>The language switch: a plain link that sets ASP.NET Core's culture cookie and returns to the page.</summary>
public static class CultureSwitch
{
    public static string Link(string culture, string returnUrl) =>
        $"/culture?culture={Uri.EscapeDataString(culture)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (string? culture, string? returnUrl, HttpContext http) =>
        {
            var chosen = ServiceRegistration.SupportedCultures.FirstOrDefault(c =>
                string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.TwoLetterISOLanguageName, culture, StringComparison.OrdinalIgnoreCase))
                ?? ServiceRegistration.SupportedCultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            var target = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous();
}
