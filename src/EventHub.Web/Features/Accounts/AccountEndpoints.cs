using EventHub.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Web.Features.Accounts;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST (with the antiforgery token the form carries), never a link a page could trigger.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/");
        });
}
