using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>What a change of personal agenda did: sessions added, removed, and those refused because they were full.</summary>
public sealed record AgendaChange(IReadOnlyList<int> Added, IReadOnlyList<int> Removed, IReadOnlyList<int> Full);

/// <summary>Seats of a session with a limit (a workshop), as they stand.</summary>
public sealed record SessionSeats(int SessionId, int Limit, int Taken)
{
    public int Left => Math.Max(0, Limit - Taken);
}

/// <summary>
/// The sessions an attendee chose. A seat is taken by a conditional UPDATE (SeatsTaken below the
/// workshop's limit, or the room's seats for a session without one) in the same transaction as the selection row, whose primary key
/// (registration, session) forbids choosing one session twice; a check constraint backs both.
/// </summary>
public sealed class PersonalAgenda(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, TimeProvider time)
{
    /// <summary>Makes the agenda of the registration behind <paramref name="token"/> exactly <paramref name="wanted"/>, as far as seats allow.</summary>
    public async Task<Result<AgendaChange>> ChooseAsync(string token, IReadOnlyCollection<int> wanted, CancellationToken ct = default)
    {
        var hash = SecureTokens.Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using (await gate.EnterAsync(ct))
                {
                    return await factory.RunAsync(db => ChooseInAsync(db, hash, wanted.ToHashSet(), now, ct), ct);
                }
            }
            catch (DbUpdateException exception) when (UniqueViolation.Is(exception) && attempt < 2)
            {
                // The same attendee saved twice at once from two tabs (possible on SQL Server, which has no gate): read again.
            }
        }
    }

    private static async Task<Result<AgendaChange>> ChooseInAsync(EventHubDbContext db, string hash, HashSet<int> wanted, DateTime now, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().Where(r => r.ManageTokenHash == hash && r.ErasedAt == null)
            .Select(r => new { r.Id, r.EventId, r.Status }).FirstOrDefaultAsync(ct);
        if (registration is null)
        {
            return new NotFoundError("Registration.NotFound");
        }
        if (registration.Status != RegistrationStatus.Confirmed)
        {
            return new ConflictError("Agenda.NotConfirmed");
        }
        var current = await db.AgendaSelections.Where(a => a.RegistrationId == registration.Id).Select(a => a.SessionId).ToListAsync(ct);
        var removed = new List<int>();
        foreach (var sessionId in current.Where(id => !wanted.Contains(id)))
        {
            if (await db.AgendaSelections.Where(a => a.RegistrationId == registration.Id && a.SessionId == sessionId).ExecuteDeleteAsync(ct) == 1)
            {
                await db.Sessions.Where(s => s.Id == sessionId && s.SeatsTaken > 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken - 1), ct);
                removed.Add(sessionId);
            }
        }
        var added = new List<int>();
        var full = new List<int>();
        foreach (var sessionId in wanted.Where(id => !current.Contains(id)).Order())
        {
            var seated = await db.Sessions
                .Where(s => s.Id == sessionId && s.EventId == registration.EventId && s.Status == SessionStatus.Published
                    && s.StartsAt != null && s.SeatsTaken < (s.SeatLimit ?? db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Seats).First()))
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken + 1), ct);
            if (seated == 1)
            {
                db.AgendaSelections.Add(new AgendaSelection(registration.Id, sessionId, now));
                added.Add(sessionId);
            }
            else
            {
                full.Add(sessionId);
            }
        }
        await db.SaveChangesAsync(ct);
        return new AgendaChange(added, removed, full);
    }

    /// <summary>Frees every seat the registration held in sessions, in the caller's transaction (a cancellation or an erasure).</summary>
    public static async Task ReleaseAllAsync(EventHubDbContext db, int registrationId, CancellationToken ct)
    {
        await db.Sessions
            .Where(s => s.SeatsTaken > 0 && db.AgendaSelections.Any(a => a.RegistrationId == registrationId && a.SessionId == s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken - 1), ct);
        await db.AgendaSelections.Where(a => a.RegistrationId == registrationId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Seats of the event's scheduled sessions: a workshop's own limit, else its room's seats.</summary>
    public async Task<IReadOnlyDictionary<int, SessionSeats>> SeatsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId && s.RoomId != null)
            .Select(s => new SessionSeats(s.Id, s.SeatLimit ?? db.Rooms.Where(r => r.Id == s.RoomId).Select(r => r.Seats).First(), s.SeatsTaken))
            .ToDictionaryAsync(s => s.SessionId, ct);
    }
}
