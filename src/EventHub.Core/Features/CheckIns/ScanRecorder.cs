using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>Where a scan happens: the checkpoint, its event, and what an entry there counts for.</summary>
public sealed record ScanPlace(int CheckpointId, int EventId, string CheckpointName, string Attendance);

/// <summary>
/// A scan to decide and record: a badge code, or a registration picked by name search; or an attempt
/// already refused (<see cref="Refused"/>), which is only logged.
/// A scan made offline carries the device's <see cref="ScanId"/> and the device's time of scan as <see cref="At"/>.
/// </summary>
public sealed record ScanRequest(ScanPlace Place, CheckInActor Actor, DateTime At, string? Code = null, int? RegistrationId = null, CheckInOutcome? Refused = null,
    Guid? ScanId = null);

/// <summary>
/// Decides and writes scans with group commit. Scans that arrive together are decided in one
/// transaction: one query finds their attendees, one their earlier check-ins, one statement inserts their
/// check-ins and one their check-in attempts (the audit), and one commit (one disk flush at synchronous=FULL) makes
/// them all durable. SQLite has one writer and flushes on every commit, so one transaction per scan
/// would queue a whole venue behind the disk; batching keeps each door's answer in milliseconds
/// (see <see cref="GroupCommitQueue{T}"/>).
/// The unique index on live check-ins still decides who was first when another instance writes
/// too: a batch that meets it, or fails otherwise, is rolled back and replayed scan by scan, each
/// reading afresh, so that only the scan at fault fails.
/// </summary>
public sealed class ScanRecorder : IDisposable
{
    private const int MaxBatch = 128;

    /// <summary>
    /// Scans sent in bulk after an outage (nobody waits for them at the door) yield to live scans, and fill at most this
    /// much of a batch: a live scan waits behind one short transaction of them, not behind a whole sync.
    /// </summary>
    private const int MaxOfflinePerBatch = 32;
    private const int Replays = 3;
    private readonly IDbContextFactory<EventHubDbContext> _factory;
    private readonly WriteGate _gate;
    private readonly TimeProvider _time;
    private readonly GroupCommitQueue<Pending> _queue;

    public ScanRecorder(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, TimeProvider time)
    {
        _factory = factory;
        _gate = gate;
        _time = time;
        _queue = new GroupCommitQueue<Pending>("EventHub scan writer", MaxBatch, WriteBatch, (batch, exception) =>
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
            }
        }, MaxOfflinePerBatch);
    }

    /// <summary>The answer for the door, once the scan and its audit entry are durable.</summary>
    public Task<ScanAnswer> DecideAsync(ScanRequest scan, CancellationToken ct = default)
    {
        var pending = new Pending(scan, new TaskCompletionSource<ScanAnswer>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Add(pending, later: scan.ScanId is not null);
        return pending.Done.Task.WaitAsync(ct);
    }

    private void WriteBatch(IReadOnlyList<Pending> batch)
    {
        using (_gate.Enter())
        {
            bool written;
            try
            {
                written = TryWrite(batch);
            }
            catch (Exception) when (batch.Count > 1)
            {
                // One bad scan (say, for a checkpoint deleted a moment ago) must not fail the other doors' scans.
                written = false;
            }
            if (!written)
            {
                foreach (var one in batch)
                {
                    Replay(one);
                }
            }
        }
    }

    private void Replay(Pending pending)
    {
        try
        {
            for (var attempt = 1; !TryWrite([pending]); attempt++)
            {
                if (attempt == Replays)
                {
                    pending.Done.TrySetException(new InvalidOperationException("The scan kept meeting concurrent check-ins of the same badge."));
                    return;
                }
            }
        }
        catch (Exception exception)
        {
            pending.Done.TrySetException(exception);
        }
    }

    private static readonly MultiRowInsert<CheckInAttempt> Attempts = new(
        nameof(CheckInAttempt.CheckpointId), nameof(CheckInAttempt.StaffUserId), nameof(CheckInAttempt.DeviceId),
        nameof(CheckInAttempt.RegistrationId), nameof(CheckInAttempt.Outcome), nameof(CheckInAttempt.At), nameof(CheckInAttempt.ScanId));

    private static readonly MultiRowInsert<CheckIn> CheckIns = new(
        nameof(CheckIn.RegistrationId), nameof(CheckIn.CheckpointId), nameof(CheckIn.AttendanceKey),
        nameof(CheckIn.StaffUserId), nameof(CheckIn.DeviceId), nameof(CheckIn.CheckedInAt), nameof(CheckIn.ChangedAt));

    /// <summary>Decides and writes the scans in one transaction; false when a check-in met the unique index (nothing written).</summary>
    private bool TryWrite(IReadOnlyList<Pending> batch)
    {
        // The server databases' execution strategy retries the whole transaction after a transient failure, decisions included.
        // One context serves every attempt: it tracks nothing (reads are untracked, inserts are raw statements).
        using var db = _factory.CreateDbContext();
        var answers = db.Run(db => WriteOnce(db, batch, _time));
        if (answers is null)
        {
            return false;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(answers[i]);
        }
        return true;
    }

    /// <summary>One attempt, inside its transaction: the answers, or null when a check-in met the unique index (the transaction is rolled back).</summary>
    private static ScanAnswer[]? WriteOnce(EventHubDbContext db, IReadOnlyList<Pending> batch, TimeProvider time)
    {
        // Stamped inside the transaction, a moment before its commit: the door list's delta reads this stamp,
        // and its overlap window (DoorList.Overlap) only has to cover that moment.
        var changedAt = time.GetUtcNow().UtcDateTime;
        var attendees = AttendeesFor(db, batch);
        var live = LiveCheckIns(db, attendees.ById.Keys);
        var recorded = RecordedScans(db, batch);
        var attempts = new List<CheckInAttempt>(batch.Count);
        var checkIns = new List<CheckIn>();
        var answers = new ScanAnswer[batch.Count];
        var admitted = new (int RegistrationId, string Attendance)?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var scan = batch[i].Scan;
            var place = scan.Place;
            if (scan.ScanId is { } scanId && recorded.TryGetValue(scanId, out var earlierOutcome))
            {
                // Sent before (the device never got the answer): nothing is recorded twice, the first decision stands.
                var known = scan.Code is { } knownCode ? attendees.ByCode.GetValueOrDefault(knownCode) : null;
                answers[i] = (known is null || known.EventId != place.EventId ? new ScanAnswer(earlierOutcome) : Named(known, earlierOutcome)) with { AlreadyRecorded = true };
                continue;
            }
            var attendee = scan.Refused is not null ? null
                : scan.Code is { } code ? attendees.ByCode.GetValueOrDefault(code)
                : scan.RegistrationId is { } id ? attendees.ById.GetValueOrDefault(id)
                : null;
            // A badge of another edition is refused as such (staff send the person to the desk), and names no one here.
            var otherEdition = attendee is not null && attendee.EventId != place.EventId;
            if (otherEdition)
            {
                attendee = null;
            }
            var outcome = scan.Refused
                ?? (otherEdition ? CheckInOutcome.OtherEdition
                : attendee is null ? CheckInOutcome.Invalid
                : attendee.Status == RegistrationStatus.Cancelled ? CheckInOutcome.Cancelled
                : attendee.Status == RegistrationStatus.Waitlisted ? CheckInOutcome.Waitlisted
                : live.TryGetValue((attendee.Id, place.Attendance), out var first) ? AlreadyIn(scan, first)
                : CheckInOutcome.CheckedIn);
            attempts.Add(new CheckInAttempt(place.CheckpointId, scan.Actor.StaffUserId, scan.Actor.DeviceId, attendee?.Id, outcome, scan.At, scan.ScanId));
            if (scan.ScanId is { } newScanId)
            {
                // The same scan twice in one batch is recorded once too.
                recorded[newScanId] = outcome;
            }
            switch (outcome)
            {
                case CheckInOutcome.CheckedIn:
                    checkIns.Add(new CheckIn(attendee!.Id, place.CheckpointId, place.Attendance, scan.Actor.StaffUserId, scan.Actor.DeviceId, scan.At, changedAt));
                    // A second scan of the same badge later in this batch finds this one.
                    live[(attendee.Id, place.Attendance)] = new EarlierCheckIn(scan.At, place.CheckpointName, scan.Actor.StaffUserId, scan.Actor.DeviceId);
                    answers[i] = Welcome(attendee, outcome, scan.At, place.CheckpointName);
                    admitted[i] = (attendee.Id, place.Attendance);
                    break;
                case CheckInOutcome.AlreadyCheckedIn or CheckInOutcome.OfflineDuplicate:
                    var earlier = live[(attendee!.Id, place.Attendance)];
                    answers[i] = Welcome(attendee, outcome, earlier.At, earlier.Checkpoint);
                    break;
                default:
                    // A cancelled or waitlisted person is named so that staff can send them to the desk; an unknown code names no one.
                    answers[i] = attendee is null ? new ScanAnswer(outcome) : Named(attendee, outcome);
                    break;
            }
        }
        Dictionary<(int, string), long> ids;
        try
        {
            CheckIns.Execute(db, checkIns);
            Attempts.Execute(db, attempts);
            ids = LiveCheckInIds(db, admitted.OfType<(int RegistrationId, string Attendance)>().Select(a => a.RegistrationId).Distinct().ToList());
        }
        catch (Exception exception) when (UniqueViolation.Is(exception))
        {
            return null;
        }
        for (var i = 0; i < batch.Count; i++)
        {
            if (admitted[i] is { } key)
            {
                answers[i] = answers[i] with { CheckInId = ids[key] };
            }
        }
        return answers;
    }

    /// <summary>
    /// What a scan of a badge already checked in is: a repeat (the door says ALREADY CHECKED IN), or, for a scan made
    /// offline, an offline duplicate when another door or device checked the person in: offline, this device could
    /// not know, and let the person in. Its own earlier check-in it knew of (a door never says WELCOME twice).
    /// </summary>
    private static CheckInOutcome AlreadyIn(ScanRequest scan, EarlierCheckIn first) =>
        scan.ScanId is not null && (first.StaffUserId != scan.Actor.StaffUserId || first.DeviceId != scan.Actor.DeviceId)
            ? CheckInOutcome.OfflineDuplicate
            : CheckInOutcome.AlreadyCheckedIn;

    /// <summary>The offline scans of the batch already recorded, with the outcome they were given.</summary>
    private static Dictionary<Guid, CheckInOutcome> RecordedScans(EventHubDbContext db, IReadOnlyList<Pending> batch)
    {
        var ids = batch.Where(p => p.Scan.ScanId is not null).Select(p => p.Scan.ScanId).Distinct().ToList();
        return ids.Count == 0
            ? []
            : db.CheckInAttempts.AsNoTracking()
                .Where(a => a.ScanId != null && ids.Contains(a.ScanId))
                .Select(a => new { a.ScanId, a.Outcome })
                .AsEnumerable()
                .ToDictionary(a => a.ScanId!.Value, a => a.Outcome);
    }

    /// <summary>The ids of the live check-ins of these attendees, read back inside the transaction that wrote them.</summary>
    private static Dictionary<(int, string), long> LiveCheckInIds(EventHubDbContext db, List<int> attendees) =>
        attendees.Count == 0
            ? []
            : db.CheckIns.AsNoTracking()
                .Where(c => attendees.Contains(c.RegistrationId) && c.UndoneAt == null)
                .Select(c => new { c.Id, c.RegistrationId, c.AttendanceKey })
                .AsEnumerable()
                .ToDictionary(c => (c.RegistrationId, c.AttendanceKey), c => c.Id);

    private static ScanAnswer Welcome(Attendee attendee, CheckInOutcome outcome, DateTime at, string checkpoint) =>
        Named(attendee, outcome) with { FirstCheckedInAt = at, FirstCheckpoint = checkpoint };

    private static ScanAnswer Named(Attendee attendee, CheckInOutcome outcome) =>
        new(outcome, attendee.FirstName, attendee.LastName, new LocalizedText(attendee.NameFr, attendee.NameEn));

    private sealed record Attendees(Dictionary<string, Attendee> ByCode, Dictionary<int, Attendee> ById);

    /// <summary>The attendees behind the batch's badge codes and chosen registrations, in one query.</summary>
    private static Attendees AttendeesFor(EventHubDbContext db, IReadOnlyList<Pending> batch)
    {
        var codes = batch.Where(p => p.Scan is { Refused: null, Code: not null }).Select(p => p.Scan.Code!).Distinct().ToList();
        var ids = batch.Where(p => p.Scan is { Refused: null, RegistrationId: not null }).Select(p => p.Scan.RegistrationId!.Value).Distinct().ToList();
        var attendees = new Attendees([], []);
        if (codes.Count + ids.Count == 0)
        {
            return attendees;
        }
        var rows = db.Registrations.AsNoTracking()
            .Where(r => codes.Contains(r.BadgeCode) || ids.Contains(r.Id))
            .Select(r => new Attendee(r.Id, r.EventId, r.BadgeCode, r.Status, r.FirstName, r.LastName, r.TicketType!.NameFr, r.TicketType.NameEn))
            .ToList();
        foreach (var attendee in rows)
        {
            attendees.ByCode[attendee.BadgeCode] = attendee;
            attendees.ById[attendee.Id] = attendee;
        }
        return attendees;
    }

    /// <summary>The live check-ins of these attendees, whatever they count for, keyed by attendee and attendance.</summary>
    private static Dictionary<(int RegistrationId, string Attendance), EarlierCheckIn> LiveCheckIns(EventHubDbContext db, IEnumerable<int> attendees)
    {
        var ids = attendees.ToList();
        var live = new Dictionary<(int, string), EarlierCheckIn>();
        if (ids.Count == 0)
        {
            return live;
        }
        var rows = db.CheckIns.AsNoTracking()
            .Where(c => ids.Contains(c.RegistrationId) && c.UndoneAt == null)
            .Select(c => new { c.RegistrationId, c.AttendanceKey, c.CheckedInAt, c.StaffUserId, c.DeviceId, Checkpoint = db.Checkpoints.Where(p => p.Id == c.CheckpointId).Select(p => p.Name).First() })
            .ToList();
        foreach (var row in rows)
        {
            live.TryAdd((row.RegistrationId, row.AttendanceKey), new EarlierCheckIn(row.CheckedInAt, row.Checkpoint, row.StaffUserId, row.DeviceId));
        }
        return live;
    }

    public void Dispose() => _queue.Dispose();

    private sealed record Attendee(int Id, int EventId, string BadgeCode, RegistrationStatus Status, string FirstName, string LastName, string NameFr, string NameEn);

    private sealed record EarlierCheckIn(DateTime At, string Checkpoint, string? StaffUserId, int? DeviceId);

    private sealed record Pending(ScanRequest Scan, TaskCompletionSource<ScanAnswer> Done);
}
