using System.Net;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace EventHub.Web.Features.Accounts;

public enum SignInOutcome
{
    SignedIn,
    Refused,
    TooManyAttempts,
}

/// <summary>
/// Signs staff in with a password so that the answer tells nothing about the account: an unknown
/// address costs the same hashing work as a known one (a password is checked against a dummy hash),
/// and a locked-out account is refused exactly as a wrong password is. Attempts are throttled first.
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle)
{
    private static string? _dummyHash;

    public async Task<SignInOutcome> SignInAsync(string email, string password, IPAddress? address)
    {
        if (!throttle.TryAttempt(address, email))
        {
            return SignInOutcome.TooManyAttempts;
        }
        // Identity answers an unknown or locked-out account without hashing: hash anyway, so time tells nothing.
        if (await users.FindByNameAsync(email) is not { } user || await users.IsLockedOutAsync(user))
        {
            VerifyDummy(password);
            return SignInOutcome.Refused;
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn : SignInOutcome.Refused;
    }

    private void VerifyDummy(string password)
    {
        var nobody = new AppUser();
        _dummyHash ??= users.PasswordHasher.HashPassword(nobody, SecureTokens.NewOneTimePassword());
        users.PasswordHasher.VerifyHashedPassword(nobody, _dummyHash, password);
    }
}
