using EventHub.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Features.Accounts;

/// <summary>
/// Disables a staff account (locked out with no end) or enables it again. Disabling renews the security
/// stamp, so a session already open with the account ends at its next request. An organizer cannot
/// disable their own account.
/// </summary>
public sealed class DisableStaffAccount(UserManager<AppUser> users)
{
    public Task<Result<bool>> DisableAsync(string actingUserId, string email) => SetAsync(actingUserId, email, disabled: true);

    public Task<Result<bool>> EnableAsync(string actingUserId, string email) => SetAsync(actingUserId, email, disabled: false);

    private async Task<Result<bool>> SetAsync(string actingUserId, string email, bool disabled)
    {
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return new NotFoundError("Account.NotFound");
        }
        if (user.Id == actingUserId)
        {
            return new ConflictError("Account.CannotDisableSelf");
        }
        if (disabled)
        {
            StaffAccounts.Throw(await users.SetLockoutEnabledAsync(user, true));
            StaffAccounts.Throw(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            StaffAccounts.Throw(await users.UpdateSecurityStampAsync(user));
        }
        else
        {
            StaffAccounts.Throw(await users.SetLockoutEndDateAsync(user, null));
            StaffAccounts.Throw(await users.ResetAccessFailedCountAsync(user));
        }
        return disabled;
    }

    /// <summary>Whether <paramref name="user"/> was disabled by an organizer (not merely locked out for a few minutes).</summary>
    public static bool IsDisabled(AppUser user) => user.LockoutEnd is { Year: 9999 };
}
