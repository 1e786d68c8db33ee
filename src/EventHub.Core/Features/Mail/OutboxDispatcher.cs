using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// Sends the outbox in batches: the messages due are claimed together (a conditional UPDATE moves their
/// next attempt past a lease, so two instances never send the same one), written from the database as it
/// is now (see <see cref="IOutboxComposer"/>), sent, then marked sent together, so a busy registration day
/// costs the database two write transactions per batch, not per e-mail. A failure is recorded by
/// its exception type only (never a text that could hold an address) and retried with exponential
/// backoff, so an outage delays mail without losing it.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<EventHubDbContext> factory,
    WriteGate gate,
    IEmailSender sender,
    IOutboxComposer composer,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    public const int BatchSize = 50;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    public static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan LongestRetry = TimeSpan.FromHours(1);

    /// <summary>Waiting before attempt n+1 after n failures: 10 s, 20 s, 40 s… up to an hour.</summary>
    public static TimeSpan Backoff(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetry.Ticks, FirstRetry.Ticks * (1L << Math.Min(failures - 1, 20))));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchDueAsync(stoppingToken) == BatchSize)
                {
                    continue;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("The outbox pass failed: {ErrorType}", exception.GetType().Name);
            }
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One pass: sends up to <see cref="BatchSize"/> due messages and returns how many it tried.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(ct);
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }
        // One write claims the whole batch: the lease (with a few random ticks, so that another instance's
        // lease never equals ours) moves the messages out of everybody else's reach until it ends.
        var lease = now + Lease + TimeSpan.FromTicks(Random.Shared.Next(1, 10_000_000));
        using (await gate.EnterAsync(ct))
        {
            await db.OutboxMessages.Where(m => due.Contains(m.Id) && m.SentAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, lease), ct);
        }
        var claimed = await db.OutboxMessages.Where(m => due.Contains(m.Id) && m.SentAt == null && m.NextAttemptAt == lease)
            .OrderBy(m => m.Id).ToListAsync(ct);
        var write = await composer.PrepareAsync(db, claimed, ct);
        foreach (var message in claimed)
        {
            try
            {
                if (await write(message) is not { } mime)
                {
                    db.OutboxMessages.Remove(message);
                    logger.LogInformation("Outbox message {MessageId} ({Kind}) no longer applies and is dropped", message.Id, message.Kind);
                    continue;
                }
                await sender.SendAsync(message.Id, mime, ct);
                message.MarkSent(time.GetUtcNow().UtcDateTime);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                message.MarkFailed(exception.GetType().Name, time.GetUtcNow().UtcDateTime + Backoff(message.Attempts + 1));
                logger.LogWarning("Outbox message {MessageId} ({Kind}) failed on attempt {Attempt}: {ErrorType}", message.Id, message.Kind, message.Attempts, exception.GetType().Name);
            }
        }
        // One more write records every outcome of the batch. Should it fail, the lease runs out and the
        // messages are sent again: the pickup folder replaces its file, an SMTP server sees a duplicate.
        using (await gate.EnterAsync(CancellationToken.None))
        {
            await SaveOutcomesAsync(db);
        }
        return due.Count;
    }

    /// <summary>
    /// Saves the batch's outcomes. A message deleted meanwhile (its attendee erased their data) matches no
    /// row: it is left out and the rest saved, rather than letting one gone row send the whole batch again.
    /// </summary>
    private static async Task SaveOutcomesAsync(EventHubDbContext db)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (DbUpdateConcurrencyException gone)
            {
                foreach (var entry in gone.Entries)
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }
}
