using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Tickets;

/// <summary>
/// Runs one organizer change to ticket types or access codes as one transaction through the provider's
/// execution strategy, behind the write gate that registrations also pass, and saves the tracked
/// changes only when the work succeeded.
/// </summary>
public sealed class TicketWrites(IDbContextFactory<EventHubDbContext> factory, WriteGate gate)
{
    public async Task<Result<T>> RunAsync<T>(Func<EventHubDbContext, Task<Result<T>>> work, CancellationToken ct = default)
    {
        using (await gate.EnterAsync(ct))
        {
            return await factory.RunAsync<T>(async db =>
            {
                var result = await work(db);
                if (result.Succeeded)
                {
                    await db.SaveChangesAsync(ct);
                }
                return result;
            }, ct);
        }
    }
}
