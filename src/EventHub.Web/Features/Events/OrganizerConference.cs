using System.Security.Claims;
using EventHub.Core.Features.Events;
using Microsoft.AspNetCore.Components.Authorization;

namespace EventHub.Web.Features.Events;

/// <summary>
/// The conference an organizer page works on: the one the signed-in organizer chose in the layout's switcher
/// (remembered on their account), else the installation's current one. Scoped, so one circuit or one request
/// asks the database once; every organizer page and endpoint takes its conference id from here.
/// </summary>
public sealed class OrganizerConference(AuthenticationStateProvider authentication, ConferenceDirectory conferences)
{
    private Task<ConferenceRef?>? _chosen;

    /// <summary>The conference chosen, or null when the installation has none yet.</summary>
    public Task<ConferenceRef?> GetAsync() => _chosen ??= LoadAsync();

    public async Task<int?> IdAsync() => (await GetAsync())?.Id;

    public async Task<bool> ChooseAsync(int eventId)
    {
        if (await UserIdAsync() is not { } userId || !(await conferences.ChooseAsync(userId, eventId)).Succeeded)
        {
            return false;
        }
        _chosen = null;
        return true;
    }

    /// <summary>
    /// The same choice for an endpoint outside Blazor's rendering (a download, say), where the
    /// authentication state provider has no state: the request's user says who is asking.
    /// </summary>
    public static async Task<ConferenceRef?> OfAsync(ClaimsPrincipal user, ConferenceDirectory conferences, CancellationToken ct = default) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? await conferences.ChosenByAsync(userId, ct) : await conferences.CurrentAsync(ct);

    private async Task<ConferenceRef?> LoadAsync() =>
        await OfAsync((await authentication.GetAuthenticationStateAsync()).User, conferences);

    private async Task<string?> UserIdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
