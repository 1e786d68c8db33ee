namespace EventHub.Core.Domain;

/// <summary>
/// An attendee's recorded arrival. <see cref="AttendanceKey"/> names what the arrival counts for
/// ("event" at a door, or one session in a room); a unique index on (registration, key) among
/// check-ins that are not undone lets the database, not C#, decide which scan came first.
/// </summary>
public sealed class CheckIn
{
    public const string EventAttendance = "event";

    private CheckIn() { }

    /// <param name="changedAtUtc">When the server records it, if not at <paramref name="checkedInAtUtc"/> (a scan made offline and sent later).</param>
    public CheckIn(int registrationId, int checkpointId, string attendanceKey, string? staffUserId, int? deviceId, DateTime checkedInAtUtc, DateTime? changedAtUtc = null)
    {
        if (staffUserId is null == deviceId is null)
        {
            throw new ArgumentException("A check-in is made by exactly one staff user or one device.");
        }
        RegistrationId = registrationId;
        CheckpointId = checkpointId;
        AttendanceKey = attendanceKey;
        StaffUserId = staffUserId;
        DeviceId = deviceId;
        CheckedInAt = checkedInAtUtc;
        ChangedAt = changedAtUtc ?? checkedInAtUtc;
    }

    public static string SessionAttendance(int sessionId) => $"session:{sessionId}";

    public long Id { get; private set; }
    public int RegistrationId { get; private set; }
    public int CheckpointId { get; private set; }
    public string AttendanceKey { get; private set; } = EventAttendance;
    public string? StaffUserId { get; private set; }
    public int? DeviceId { get; private set; }
    public DateTime CheckedInAt { get; private set; }
    public DateTime? UndoneAt { get; private set; }

    /// <summary>
    /// When the server last wrote this row (recorded, then undone), by its own clock: what the door list's delta
    /// (<c>DoorList</c>) reads. Not <see cref="CheckedInAt"/>, which for an offline scan is the device's earlier time of scan.
    /// </summary>
    public DateTime ChangedAt { get; private set; }

    public void Undo(DateTime utcNow)
    {
        if (UndoneAt is null)
        {
            UndoneAt = utcNow;
            ChangedAt = utcNow;
        }
    }
}
