using EventHub.Core.Domain;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST with the antiforgery token the form carries, never a link a page could trigger.
    /// It renews the user's security stamp, so every cookie issued before it (another browser, a copied
    /// cookie) is refused at its next request, not only this browser's.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            if (await users.GetUserAsync(context.User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        });
}
