using System.Globalization;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>
/// One person as a door needs them to decide without the server: the badge code, the name to greet, the ticket
/// type and the status, and the live check-in for what the door counts (when and where). Nothing else (Law 25:
/// no e-mail, no needs, no answers).
/// </summary>
public sealed record DoorListRow(
    string BadgeCode,
    string FirstName,
    string LastName,
    string? Organization,
    LocalizedText TicketType,
    RegistrationStatus Status,
    DateTime? CheckedInAt,
    string? CheckedInAtCheckpoint);

/// <summary>
/// Where a client of the door list stands: the server's time of its last read, and what the checkpoint counted
/// for then. Sent back as <c>?since=</c>; its text form is opaque to clients.
/// </summary>
public sealed record DoorListVersion(DateTime At, string Attendance)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{new DateTimeOffset(At, TimeSpan.Zero).ToUnixTimeMilliseconds()}.{Attendance}");

    public static DoorListVersion? Parse(string? text)
    {
        var dot = text?.IndexOf('.') ?? -1;
        if (dot <= 0 || dot == text!.Length - 1
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            return null;
        }
        return new DoorListVersion(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime, text[(dot + 1)..]);
    }
}

/// <summary>
/// The list, or the part of it that changed since <see cref="DoorListVersion"/>: <see cref="Full"/> says which,
/// and <see cref="Version"/> is what to send as <c>since</c> next time.
/// </summary>
public sealed record DoorListPage(int CheckpointId, string Attendance, bool Full, DoorListVersion Version, IReadOnlyList<DoorListRow> Rows);

/// <summary>
/// The door list: every registration of a checkpoint's conference, for a door that must keep deciding when the
/// network drops (issue 14). A client keeps it fresh with a delta: the rows whose registration
/// (<see cref="Registration.UpdatedAt"/>) or check-in for this attendance (<see cref="CheckIn.ChangedAt"/>) changed
/// since its last read.
/// Those stamps are taken by the writer before its commit, so a row can become visible after a read that began
/// later than its stamp (a transaction that waited for the write gate or a lock, another instance whose clock is a
/// little behind). The delta therefore reaches <see cref="Overlap"/> further back than the last read: a row sent
/// twice is harmless (the client replaces it), a row never sent would leave a door deciding on a stale status.
/// </summary>
public sealed class DoorList(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, CheckpointDirectory checkpoints, CheckInDesk desk)
{
    /// <summary>
    /// How far before the last read a delta looks. Check-ins are stamped inside their transaction just before its
    /// commit; a registration is stamped when its use case starts, and a write waits at most the command timeout
    /// (30 s by default) for a lock. Thirty seconds cover both and any ordinary clock drift between instances.
    /// </summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    public async Task<Result<DoorListPage>> GetAsync(int checkpointId, DoorListVersion? since = null, CancellationToken ct = default)
    {
        if (await checkpoints.FindAsync(checkpointId, ct) is not { } checkpoint)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        // A closed conference's doors need no list: its personal data stays on the server.
        if (!(await checkpoints.CheckpointsAsync(ct)).Any(c => c.Id == checkpointId))
        {
            return new ConflictError("DoorList.ConferenceOver");
        }
        // Read before the rows, so that the next delta covers whatever commits while they are read.
        var now = time.GetUtcNow().UtcDateTime;
        var attendance = await desk.AttendanceAsync(checkpoint, now, ct);
        // What the room counts changed (the next session began): every row's check-in changes, so the whole list is sent.
        var full = since is null || since.Attendance != attendance;
        var cutoff = full ? DateTime.MinValue : since!.At - Overlap;

        await using var db = await factory.CreateDbContextAsync(ct);
        var registrations = db.Registrations.AsNoTracking().Where(r => r.EventId == checkpoint.EventId);
        if (!full)
        {
            registrations = registrations.Where(r => r.UpdatedAt >= cutoff
                || db.CheckIns.Any(c => c.RegistrationId == r.Id && c.AttendanceKey == attendance && c.ChangedAt >= cutoff));
        }
        var people = await registrations
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.BadgeCode, r.FirstName, r.LastName, r.Organization, r.TicketType!.NameFr, r.TicketType.NameEn, r.Status })
            .ToListAsync(ct);
        var checkIns = await registrations
            .Join(db.CheckIns.Where(c => c.AttendanceKey == attendance && c.UndoneAt == null), r => r.Id, c => c.RegistrationId, (r, c) => c)
            .Join(db.Checkpoints, c => c.CheckpointId, p => p.Id, (c, p) => new { c.RegistrationId, c.CheckedInAt, p.Name })
            .ToDictionaryAsync(c => c.RegistrationId, ct);
        var rows = people.Select(p =>
        {
            var checkIn = checkIns.GetValueOrDefault(p.Id);
            return new DoorListRow(p.BadgeCode, p.FirstName, p.LastName, p.Organization, new LocalizedText(p.NameFr, p.NameEn), p.Status,
                checkIn?.CheckedInAt, checkIn?.Name);
        }).ToList();
        return new DoorListPage(checkpoint.Id, attendance, full, new DoorListVersion(now, attendance), rows);
    }
}
