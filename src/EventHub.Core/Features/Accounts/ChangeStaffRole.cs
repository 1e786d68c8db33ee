using EventHub.Core.Domain;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Features.Accounts;

/// <summary>
/// Moves a staff account to the other role. The account's security stamp is renewed, so the cookies it
/// holds stop working at their next request and the person signs in again with the new role.
/// An organizer cannot change their own role (they could lock everyone out of the organizer area).
/// </summary>
public sealed class ChangeStaffRole(UserManager<AppUser> users)
{
    public async Task<Result<string>> ChangeAsync(string actingUserId, string email, string newRole)
    {
        if (newRole is not (Roles.Organizer or Roles.DoorStaff))
        {
            return new ValidationError("Role", "Account.UnknownRole");
        }
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            return new NotFoundError("Account.NotFound");
        }
        if (user.Id == actingUserId)
        {
            return new ConflictError("Account.CannotChangeOwnRole");
        }
        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([newRole]))
        {
            return newRole;
        }
        StaffAccounts.Throw(await users.RemoveFromRolesAsync(user, current));
        StaffAccounts.Throw(await users.AddToRoleAsync(user, newRole));
        StaffAccounts.Throw(await users.UpdateSecurityStampAsync(user));
        return newRole;
    }
}
