using EventHub.Core;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Registrations;
using EventHub.Web.Features.Events;
using EventHub.Web.Features.Registrations;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Endpoints;

namespace EventHub.Web.Features.Registrations;

/// <summary>
/// Answers a valid post of the registration form before the page is rendered. When registration
/// opens, nearly every post is valid and its answer is a redirect to "check your e-mail", so
/// rendering the page's components (layout, form, a fresh antiforgery token) would be work thrown
/// away, and a large part of a registration's CPU (ADR 7 has the figures). It runs after the antiforgery check and the rate
/// limiter, on the page's own endpoint, and registers through the same service (<see cref="Registrar"/>). Anything else goes on
/// to the page: a form with errors, one it cannot read, and a registration the service refused, which
/// the page shows without asking the service again (<see cref="RefusalOf"/>).
/// </summary>
public sealed class RegisterPostShortcut(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, Registrar registrar, ConferenceDirectory conferences)
    {
        if (await ValidPostAsync(context) is not { } input
            || await conferences.ResolveAsync(PublicConference.SlugOf(context), context.RequestAborted) is not { } conference)
        {
            await next(context);
            return;
        }
        var request = input.ToRequest(conference.Id) with
        {
            Answers = Questions.PostedAnswers.Read(await context.Request.ReadFormAsync(context.RequestAborted)),
            Culture = System.Globalization.CultureInfo.CurrentCulture,
        };
        var result = await registrar.RegisterAsync(request, context.RequestAborted);
        if (!result.Succeeded)
        {
            context.Items[typeof(RegisterPostShortcut)] = result.Error;
            await next(context);
            return;
        }
        context.Response.Redirect($"{context.Request.PathBase}{RegisterInput.SentPage}");
    }

    /// <summary>The service's refusal of this request's form, when the shortcut already asked it.</summary>
    public static Error? RefusalOf(HttpContext? context) => context?.Items[typeof(RegisterPostShortcut)] as Error;

    private static async Task<RegisterInput?> ValidPostAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type != typeof(RegisterPage)
            || context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true }
            || !context.Request.HasFormContentType)
        {
            return null;
        }
        // Already read and kept by the antiforgery check.
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return form["_handler"] == RegisterInput.FormName
            && PostedForm<RegisterInput>.TryRead(form, RegisterInput.Prefix, out var input) && input.IsValid()
            ? input
            : null;
    }
}
