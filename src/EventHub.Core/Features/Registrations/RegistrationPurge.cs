using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>What a purge erased, and what stays: anonymous counts per status.</summary>
public sealed record PurgeReport(int Erased, int Confirmed, int Waitlisted, int Cancelled);

/// <summary>
/// After the event, erases the personal data of every registration (Law 25: keep it no longer than
/// needed) with <see cref="Registration.ErasePersonalData"/>. Status, ticket type and check-ins stay,
/// so the event's figures remain true. The e-mails kept in the outbox for these registrations hold
/// names, addresses and private links, and the answers to the conference's questions: they are deleted too. One transaction under the write gate,
/// rows handled in batches so memory stays flat.
/// </summary>
public sealed class RegistrationPurge(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, TimeProvider time)
{
    private const int BatchSize = 500;

    public async Task<Result<PurgeReport>> PurgeAsync(int eventId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using (var read = await factory.CreateDbContextAsync(ct))
        {
            var conference = await read.Events.AsNoTracking().Where(e => e.Id == eventId)
                .Select(e => new { e.TimeZoneId, Last = e.Days.OrderByDescending(d => d.Date).Select(d => new { d.Date, d.ClosesAt }).FirstOrDefault() })
                .FirstOrDefaultAsync(ct);
            if (conference is null)
            {
                return new NotFoundError("Purge.NoEvent");
            }
            if (conference.Last is { } last
                && TimeZoneInfo.ConvertTimeToUtc(last.Date.ToDateTime(last.ClosesAt), TimeZoneInfo.FindSystemTimeZoneById(conference.TimeZoneId)) > now)
            {
                return new ConflictError("Purge.EventNotOver");
            }
        }
        using (await gate.EnterAsync(ct))
        {
            return await factory.RunAsync<PurgeReport>(async db =>
            {
                var erased = 0;
                while (true)
                {
                    var batch = await db.Registrations.Where(r => r.EventId == eventId && r.ErasedAt == null)
                        .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(ct);
                    if (batch.Count == 0)
                    {
                        break;
                    }
                    foreach (var registration in batch)
                    {
                        registration.ErasePersonalData(now);
                    }
                    await db.SaveChangesAsync(ct);
                    db.ChangeTracker.Clear();
                    erased += batch.Count;
                }
                await db.OutboxMessages
                    .Where(m => db.Registrations.Any(r => r.Id == m.RegistrationId && r.EventId == eventId))
                    .ExecuteDeleteAsync(ct);
                // The answers to the conference's questions are the attendees' too (accessibility or dietary needs…).
                await db.Answers
                    .Where(a => db.Registrations.Any(r => r.Id == a.RegistrationId && r.EventId == eventId))
                    .ExecuteDeleteAsync(ct);
                var counts = await db.Registrations.Where(r => r.EventId == eventId).GroupBy(r => r.Status)
                    .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
                int Count(RegistrationStatus status) => counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0;
                return new PurgeReport(erased, Count(RegistrationStatus.Confirmed), Count(RegistrationStatus.Waitlisted), Count(RegistrationStatus.Cancelled));
            }, ct);
        }
    }
}
