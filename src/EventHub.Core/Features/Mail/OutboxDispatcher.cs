using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// Sends the outbox: every message due is claimed (a conditional UPDATE moves its next attempt past a
/// lease, so two instances never send the same one), sent, then marked sent. A failure is recorded by
/// its exception type only (never a text that could hold an address) and retried with exponential
/// backoff, so an outage delays mail without losing it.
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<EventHubDbContext> factory,
    WriteGate gate,
    IEmailSender sender,
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
        List<long> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            due = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.SentAt == null && m.NextAttemptAt <= now)
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        }
        foreach (var id in due)
        {
            await SendOneAsync(id, now, ct);
        }
        return due.Count;
    }

    private async Task SendOneAsync(long id, DateTime now, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        int claimed;
        using (await gate.EnterAsync(ct))
        {
            claimed = await db.OutboxMessages.Where(m => m.Id == id && m.SentAt == null && m.NextAttemptAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now + Lease), ct);
        }
        if (claimed != 1)
        {
            return;
        }
        var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, ct);
        try
        {
            await sender.SendAsync(id, message.MimeContent, ct);
            message.MarkSent(time.GetUtcNow().UtcDateTime);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failedAt = time.GetUtcNow().UtcDateTime;
            message.MarkFailed(exception.GetType().Name, failedAt + Backoff(message.Attempts + 1));
            logger.LogWarning("Outbox message {MessageId} ({Kind}) failed on attempt {Attempt}: {ErrorType}", id, message.Kind, message.Attempts, exception.GetType().Name);
        }
        using (await gate.EnterAsync(CancellationToken.None))
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}
