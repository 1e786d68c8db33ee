using Microsoft.AspNetCore.Identity;

namespace EventHub.Core.Domain;

/// <summary>A staff account (organizer or door staff). Attendees have no account.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for generated one-time passwords: the user must choose a new one at first sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The conference this organizer last chose in the organizer area's switcher; null until they choose.</summary>
    public int? SelectedEventId { get; set; }
}

public static class Roles
{
    public const string Organizer = nameof(Organizer);
    public const string DoorStaff = nameof(DoorStaff);

    /// <summary>Who may use the check-in area.</summary>
    public const string CheckInStaff = Organizer + "," + DoorStaff;
}
