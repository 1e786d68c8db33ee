namespace EventHub.Web.Features.Accounts;

/// <summary>Sends a user signed in with a one-time password to the change-password page before anything else.</summary>
public sealed class RequirePasswordChange(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(StaffClaimsPrincipalFactory.MustChangePasswordClaim, "true")
            && HttpMethods.IsGet(context.Request.Method)
            && !path.StartsWithSegments("/account")
            && !path.StartsWithSegments("/_framework")
            && !path.StartsWithSegments("/_content")
            && !path.StartsWithSegments("/culture")
            && !path.StartsWithSegments("/health")
            && !Path.HasExtension(path.Value))
        {
            context.Response.Redirect($"{ChangePasswordPath}?returnUrl={Uri.EscapeDataString(path + context.Request.QueryString)}");
            return Task.CompletedTask;
        }
        return next(context);
    }
}
