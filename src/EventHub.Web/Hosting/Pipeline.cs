using EventHub.Web.Features.Accounts;
using EventHub.Web.Features.CheckIns;
using EventHub.Web.Components;
using EventHub.Web.Features.Badges;
using EventHub.Web.Features.Program;
using EventHub.Web.Features.Registrations;
using EventHub.Web.Features.Tickets;

namespace EventHub.Web.Hosting;

public static class Pipeline
{
    public static WebApplication UseEventHub(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseSecurityHeaders();
        // Without a Host there is no address to build links or redirects from: refuse before anything tries.
        app.Use((context, next) =>
        {
            if (context.Request.Host.HasValue)
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return context.Response.WriteAsync("Bad Request: the Host header is missing or empty.");
        });
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RequirePasswordChange>();
        app.UseProgramPageCache();
        app.UseAntiforgery();
        app.UseRateLimiter();
        app.UseMiddleware<RegisterPostShortcut>();
        app.UseDoorListCompression();

        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapCultureSwitch();
        app.MapAccountEndpoints();
        app.MapBadgeEndpoints();
        app.MapRegistrationExport();
        app.MapAccessCodeExport();
        app.MapCheckInApi();
        app.MapDoorListApi();
        app.MapCheckInBatchApi();
        app.MapProgramEndpoints();
        app.MapAttendeeEndpoints();
        // The Content-Security-Policy of SecurityHeaders carries frame-ancestors for every page, not only interactive ones.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
