using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Features.Accounts;

/// <summary>A new staff account and, when the password was generated, the one-time password to hand over.</summary>
public sealed record CreatedAccount(string Email, string Role, string? OneTimePassword);

/// <summary>A staff account as listed to organizers.</summary>
public sealed record StaffMember(string Id, string Email, string DisplayName, string Role, bool MustChangePassword, bool Disabled);

/// <summary>Creates organizer and door-staff accounts. Generated passwords must be changed at first sign-in.</summary>
public sealed class StaffAccounts(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { Roles.Organizer, Roles.DoorStaff })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Throw(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync()
    {
        var members = new List<StaffMember>();
        foreach (var role in new[] { Roles.Organizer, Roles.DoorStaff })
        {
            members.AddRange((await users.GetUsersInRoleAsync(role))
                .Select(u => new StaffMember(u.Id, u.Email ?? "", u.DisplayName, role, u.MustChangePassword, DisableStaffAccount.IsDisabled(u))));
        }
        return members.OrderBy(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<bool> AnyOrganizerAsync() => (await users.GetUsersInRoleAsync(Roles.Organizer)).Count > 0;

    /// <summary>
    /// Creates an account in <paramref name="role"/>. Without <paramref name="password"/> a one-time
    /// password is generated and returned once; it is never stored in clear.
    /// </summary>
    public async Task<Result<CreatedAccount>> CreateAsync(string email, string displayName, string role, string? password = null)
    {
        if (role is not (Roles.Organizer or Roles.DoorStaff))
        {
            return new ValidationError("Role", "Account.UnknownRole");
        }
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return new ValidationError("Email", "Account.InvalidEmail");
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return new ConflictError("Account.EmailTaken");
        }
        var generated = string.IsNullOrEmpty(password);
        var secret = generated ? SecureTokens.NewOneTimePassword() : password!;
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            MustChangePassword = generated,
        };
        var created = await users.CreateAsync(user, secret);
        if (!created.Succeeded)
        {
            return new ValidationError("Password", "Account.WeakPassword", string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        Throw(await users.AddToRoleAsync(user, role));
        return new CreatedAccount(email, role, generated ? secret : null);
    }

    /// <summary>Sets a new password chosen by the user and lifts the obligation to change it.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(AppUser user, string currentPassword, string newPassword)
    {
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded && user.MustChangePassword)
        {
            user.MustChangePassword = false;
            result = await users.UpdateAsync(user);
        }
        return result;
    }

    internal static void Throw(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
