using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// When a conference is over: the closing time of its last day at the venue. From then on it is an archive:
/// its program stays readable, but no ticket is on sale whatever its sale window says.
/// </summary>
internal static class ConferenceEnd
{
    public static async Task<DateTime?> OfAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        var conference = await db.Events.AsNoTracking().Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        return conference?.Days.MaxBy(d => d.Date) is { } last ? conference.ToUtc(last.Date, last.ClosesAt) : null;
    }
}
