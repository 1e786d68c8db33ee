using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// Creates access codes for a hidden ticket type: one code that a number of people share (a sponsor's
/// team), or a batch of single-use codes to hand out one per person (speakers, volunteers).
/// </summary>
public sealed class AccessCodeIssue(TicketWrites writes, TimeProvider time)
{
    public const int MaxBatch = 1_000;
    public const int MaxUsesLimit = 100_000;

    public async Task<Result<string>> IssueAsync(int eventId, int ticketTypeId, int maxUses, CancellationToken ct = default)
    {
        if (maxUses is < 1 or > MaxUsesLimit)
        {
            return new ValidationError("MaxUses", "AccessCodes.UsesRange", MaxUsesLimit);
        }
        var issued = await IssueManyAsync(eventId, ticketTypeId, 1, maxUses, ct);
        return issued.Succeeded ? issued.Value![0] : issued.Error!;
    }

    public async Task<Result<IReadOnlyList<string>>> IssueBatchAsync(int eventId, int ticketTypeId, int count, CancellationToken ct = default)
    {
        if (count is < 1 or > MaxBatch)
        {
            return new ValidationError("Count", "AccessCodes.CountRange", MaxBatch);
        }
        return await IssueManyAsync(eventId, ticketTypeId, count, 1, ct);
    }

    private Task<Result<IReadOnlyList<string>>> IssueManyAsync(int eventId, int ticketTypeId, int count, int maxUses, CancellationToken ct) =>
        writes.RunAsync<IReadOnlyList<string>>(async db =>
        {
            var ticket = await db.TicketTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, ct);
            if (ticket is null)
            {
                return new ValidationError("TicketTypeId", "Tickets.NotFound");
            }
            if (!ticket.IsHidden)
            {
                return new ValidationError("TicketTypeId", "AccessCodes.PublicType");
            }
            // 50 random bits each: two codes of one conference meeting is not worth a retry (the unique index would refuse it).
            var codes = Enumerable.Range(0, count).Select(_ => AccessCodes.New()).Distinct().ToList();
            var now = time.GetUtcNow().UtcDateTime;
            db.AccessCodes.AddRange(codes.Select(code => new AccessCode(eventId, ticketTypeId, code, maxUses, now)));
            return codes;
        }, ct);
}
