using System.Threading.Channels;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>A scan to write: its audit entry and, for a valid badge, the check-in it asks for.</summary>
public sealed record ScanRecord(int CheckpointId, CheckInActor Actor, int? RegistrationId, CheckInOutcome Outcome, string? AttendanceKey, DateTime At);

/// <summary>
/// Writes scans with group commit: scans that arrive together are written in one transaction, so
/// one disk flush serves them all. SQLite at synchronous=FULL flushes on every commit (about
/// 0.7 ms here) and has one writer, so one transaction per scan caps a whole venue at about a
/// thousand scans a second with queues in front of it; batching keeps each door's answer in
/// milliseconds. The unique index still decides who was first: a batch that hits it is replayed
/// scan by scan, and the scans it refuses are recorded as already checked in.
/// </summary>
public sealed class ScanRecorder : IDisposable
{
    private const int MaxBatch = 128;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDbContextFactory<EventHubDbContext> _factory;
    private readonly WriteGate _gate;
    private readonly Task _writer;

    public ScanRecorder(IDbContextFactory<EventHubDbContext> factory, WriteGate gate)
    {
        _factory = factory;
        _gate = gate;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Records the scan once it is durable. For a check-in, returns its id, or null when the database
    /// already holds a live check-in for that attendance (the scan is then recorded as already checked in).
    /// </summary>
    public Task<long?> RecordAsync(ScanRecord scan, CancellationToken ct = default)
    {
        var pending = new Pending(scan, new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(ScanRecorder));
        }
        return pending.Done.Task.WaitAsync(ct);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            try
            {
                using (await _gate.EnterAsync())
                {
                    if (!await TryWriteAsync(batch))
                    {
                        foreach (var one in batch)
                        {
                            await TryWriteAsync([one]);
                        }
                    }
                }
            }
            catch (Exception exception)
            {
                foreach (var pending in batch)
                {
                    pending.Done.TrySetException(exception);
                }
            }
            batch.Clear();
        }
    }

    /// <summary>Writes the scans in one transaction; false when a check-in met the unique index (nothing written).</summary>
    private async Task<bool> TryWriteAsync(IReadOnlyList<Pending> batch)
    {
        await using var db = await _factory.CreateDbContextAsync();
        var checkIns = new List<(Pending Pending, CheckIn CheckIn)>();
        foreach (var pending in batch)
        {
            var scan = pending.Scan;
            if (scan.Outcome == CheckInOutcome.CheckedIn)
            {
                var checkIn = new CheckIn(scan.RegistrationId!.Value, scan.CheckpointId, scan.AttendanceKey!, scan.Actor.StaffUserId, scan.Actor.DeviceId, scan.At);
                db.CheckIns.Add(checkIn);
                checkIns.Add((pending, checkIn));
            }
            db.CheckInAttempts.Add(new CheckInAttempt(scan.CheckpointId, scan.Actor.StaffUserId, scan.Actor.DeviceId, scan.RegistrationId, scan.Outcome, scan.At));
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            if (batch.Count > 1)
            {
                return false;
            }
            await RecordAlreadyCheckedInAsync(batch[0]);
            return true;
        }
        foreach (var pending in batch)
        {
            pending.Done.TrySetResult(checkIns.FirstOrDefault(c => c.Pending == pending).CheckIn?.Id);
        }
        return true;
    }

    private async Task RecordAlreadyCheckedInAsync(Pending pending)
    {
        var scan = pending.Scan;
        await using var db = await _factory.CreateDbContextAsync();
        db.CheckInAttempts.Add(new CheckInAttempt(scan.CheckpointId, scan.Actor.StaffUserId, scan.Actor.DeviceId, scan.RegistrationId, CheckInOutcome.AlreadyCheckedIn, scan.At));
        await db.SaveChangesAsync();
        pending.Done.TrySetResult(null);
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(5));
    }

    private sealed record Pending(ScanRecord Scan, TaskCompletionSource<long?> Done);
}
