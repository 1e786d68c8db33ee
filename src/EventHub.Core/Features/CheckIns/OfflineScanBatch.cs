using EventHub.Core.Domain;

namespace EventHub.Core.Features.CheckIns;

/// <summary>A scan a device made while offline: its own id for it, the badge code read, and the device's time of scan (UTC).</summary>
public sealed record OfflineScan(Guid ScanId, string Code, DateTime ScannedAt);

/// <summary>What became of one offline scan: the door's answer as a live scan would have had it, or why it was refused.</summary>
public sealed record OfflineScanResult(Guid ScanId, ScanAnswer? Answer, string? Refusal)
{
    public const string InTheFuture = "scanned_at_in_the_future";
    public const string OutsideConference = "scanned_at_outside_the_conference";
}

/// <summary>
/// Records the scans a device queued while offline (issue 14), decided by the same <see cref="ScanRecorder"/> as live
/// scans and by its rules: in order of scan time, the first valid scan of a badge is the check-in, and a later one that
/// finds it checked in by another door or device is an offline duplicate (<see cref="CheckInOutcome.OfflineDuplicate"/>).
/// Each scan carries the device's id for it, unique in the database, so a batch sent twice is recorded once.
/// </summary>
public sealed class OfflineScanBatch(TimeProvider time, CheckpointDirectory checkpoints, CheckInDesk desk, ScanRecorder recorder, ICheckInFeed feed)
{
    /// <summary>How far ahead of the server's clock a device's may run before its scans are refused.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public async Task<Result<IReadOnlyList<OfflineScanResult>>> RecordAsync(int checkpointId, CheckInActor actor, IReadOnlyList<OfflineScan> scans,
        CancellationToken ct = default)
    {
        if (await checkpoints.FindAsync(checkpointId, ct) is not { } checkpoint)
        {
            return new NotFoundError("CheckIn.UnknownCheckpoint");
        }
        var now = time.GetUtcNow().UtcDateTime;
        // The conference's days, with a day's margin on each side whatever the venue's time zone.
        var from = checkpoint.FirstDay?.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MinValue;
        var until = checkpoint.LastDay?.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.MaxValue;
        var results = new OfflineScanResult[scans.Count];
        var accepted = new List<(int Index, ScanRequest Request)>(scans.Count);
        var inOrder = scans.Index().OrderBy(s => s.Item.ScannedAt).ToList();
        // What each entry counted for when it was made (in a room, the session under way then), in one query for the batch.
        var attendances = await desk.AttendancesAsync(checkpoint, inOrder.Select(s => s.Item.ScannedAt).ToList(), ct);
        for (var i = 0; i < inOrder.Count; i++)
        {
            var (index, scan) = inOrder[i];
            var refusal = scan.ScannedAt > now + ClockTolerance ? OfflineScanResult.InTheFuture
                : scan.ScannedAt < from || scan.ScannedAt >= until ? OfflineScanResult.OutsideConference
                : null;
            if (refusal is not null)
            {
                results[index] = new OfflineScanResult(scan.ScanId, null, refusal);
                continue;
            }
            var code = BadgeCodes.Normalize(scan.Code);
            var place = new ScanPlace(checkpoint.Id, checkpoint.EventId, checkpoint.Name, attendances[i]);
            accepted.Add((index, new ScanRequest(place, actor, scan.ScannedAt, Code: code, Refused: code is null ? CheckInOutcome.Invalid : null, ScanId: scan.ScanId)));
        }
        // Queued together and in order of scan time: the recorder decides them in that order, in as few transactions as it can.
        var decisions = accepted.Select(a => recorder.DecideAsync(a.Request, ct)).ToList();
        var answers = await Task.WhenAll(decisions);
        for (var i = 0; i < accepted.Count; i++)
        {
            results[accepted[i].Index] = new OfflineScanResult(accepted[i].Request.ScanId!.Value, answers[i], null);
        }
        // One notice for the batch is enough for the dashboards to redraw.
        if (answers.LastOrDefault(a => !a.AlreadyRecorded) is { } last)
        {
            feed.Publish(new CheckInNotice(checkpoint.Id, last.Outcome, now));
        }
        return results;
    }
}
