using System.Security.Claims;
using System.Text.Encodings.Web;
using EventHub.Core.Features.Devices;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EventHub.Web.Features.Devices;

/// <summary>Authenticates scanner devices by "Authorization: Bearer &lt;device token&gt;"; a revoked token fails.</summary>
public sealed class DeviceTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DeviceTokens devices)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DeviceToken";
    public const string Policy = "Scanner";
    public const string DeviceIdClaim = "eventhub:device_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var device = await devices.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (device is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked device token.");
        }
        var identity = new ClaimsIdentity(
            [new Claim(DeviceIdClaim, device.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Claim(ClaimTypes.Name, device.Name)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
