using EventHub.Core.Domain;
using EventHub.Core.Features.Badges;

namespace EventHub.Web.Features.Badges;

/// <summary>
/// QR images of badges: an organizer may fetch any badge's; an attendee only their own, through the
/// private link whose token identifies the registration (there is no badge id to change in that URL).
/// </summary>
public static class BadgeEndpoints
{
    public static void MapBadgeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/organizer/badges/{registrationId:int}/qr.{format}", async (int registrationId, string format, BadgeDirectory badges, CancellationToken ct) =>
                Image(await badges.CodeOfAsync(registrationId, ct), format))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Organizer));

        endpoints.MapGet("/r/{token}/badge.{format}", async (string token, string format, BadgeDirectory badges, HttpContext http, CancellationToken ct) =>
        {
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers["Referrer-Policy"] = "no-referrer";
            return Image(await badges.CodeOfTokenAsync(token, ct), format);
        });
    }

    private static IResult Image(string? badgeCode, string format) => (badgeCode, format) switch
    {
        (null, _) => Results.NotFound(),
        (_, "png") => Results.File(BadgeQr.Png(badgeCode), "image/png"),
        (_, "svg") => Results.Text(BadgeQr.Svg(badgeCode), "image/svg+xml"),
        _ => Results.NotFound(),
    };
}
