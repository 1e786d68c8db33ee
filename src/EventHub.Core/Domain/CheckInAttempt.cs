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

    /// <summary>
    /// A scan made offline and sent later (<c>POST /api/checkin/batch</c>) that found the badge already checked in by
    /// another door or device: the person was most likely let in twice, which the dashboard shows the organizers.
    /// </summary>
    OfflineDuplicate,
}

/// <summary>Every scan, valid or not, for audit (Law 25 asks that check-ins be logged). Holds no personal data.</summary>
public sealed class CheckInAttempt
{
    private CheckInAttempt() { }

    /// <param name="scanId">The id a device gave a scan it made offline; unique, so that a batch sent twice is recorded once.</param>
    public CheckInAttempt(int checkpointId, string? staffUserId, int? deviceId, int? registrationId, CheckInOutcome outcome, DateTime atUtc, Guid? scanId = null)
    {
        ScanId = scanId;
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

    /// <summary>The device's id for a scan made offline (its <see cref="At"/> is then the device's time of scan); null for a live scan.</summary>
    public Guid? ScanId { get; private set; }
}
