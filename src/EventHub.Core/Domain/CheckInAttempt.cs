namespace EventHub.Core.Domain;

public enum CheckInOutcome
{
    CheckedIn,
    AlreadyCheckedIn,
    Invalid,
    Cancelled,
    Waitlisted,
    RateLimited,
    Undone,

    /// <summary>A real badge, but of another conference of the installation (another edition, say).</summary>
    OtherEdition,
}

/// <summary>Every scan, valid or not, for audit (Law 25 asks that check-ins be logged). Holds no personal data.</summary>
public sealed class CheckInAttempt
{
    private CheckInAttempt() { }

    public CheckInAttempt(int checkpointId, string? staffUserId, int? deviceId, int? registrationId, CheckInOutcome outcome, DateTime atUtc)
    {
        CheckpointId = checkpointId;
        StaffUserId = staffUserId;
        DeviceId = deviceId;
        RegistrationId = registrationId;
        Outcome = outcome;
        At = atUtc;
    }

    public long Id { get; private set; }
    public int CheckpointId { get; private set; }
    public string? StaffUserId { get; private set; }
    public int? DeviceId { get; private set; }
    public int? RegistrationId { get; private set; }
    public CheckInOutcome Outcome { get; private set; }
    public DateTime At { get; private set; }
}
