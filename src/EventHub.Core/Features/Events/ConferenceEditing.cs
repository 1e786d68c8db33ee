using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

/// <summary>The conference as its edit form shows it, with the seats already confirmed (the capacity's floor).</summary>
public sealed record ConferenceForEditing(ConferenceDetails Details, int ConfirmedCount, int ScheduledSessions);

/// <summary>
/// Changes a conference without breaking what it already holds: the capacity never goes below the seats confirmed,
/// a day with scheduled sessions is neither removed nor shortened past them, and the time zone stays once sessions are
/// scheduled (their instants are stored in UTC, so a new zone would silently move every one of them).
/// </summary>
public sealed class ConferenceEditing(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, PublishedProgram program, ConferenceDirectory directory)
{
    public async Task<ConferenceForEditing?> GetAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var conference = await db.Events.AsNoTracking().Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (conference is null)
        {
            return null;
        }
        var scheduled = await db.Sessions.CountAsync(s => s.EventId == eventId && s.StartsAt != null, ct);
        var details = new ConferenceDetails(conference.NameFr, conference.NameEn, conference.Slug, conference.Venue, conference.VenueAddress,
            conference.TimeZoneId, conference.Capacity, conference.ContactEmail,
            [.. conference.Days.OrderBy(d => d.Date).Select(d => new DayHours(d.Date, d.OpensAt, d.ClosesAt))]);
        return new ConferenceForEditing(details, conference.ConfirmedCount, scheduled);
    }

    public async Task<Result<int>> SaveAsync(int eventId, ConferenceDetails details, CancellationToken ct = default)
    {
        if (details.Check() is { } invalid)
        {
            return invalid;
        }
        var slug = details.Slug.Trim();
        Result<int> result;
        try
        {
            using var _ = await gate.EnterAsync(ct);
            result = await factory.RunAsync<int>(db => ApplyAsync(db, eventId, slug, details, ct), ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return ConferenceCreation.SlugTaken(slug);
        }
        if (result.Succeeded)
        {
            // The public pages show the conference's name, venue and days, and a new short name must answer at once.
            program.Invalidate();
            directory.Forget();
        }
        return result;
    }

    private static async Task<Result<int>> ApplyAsync(EventHubDbContext db, int eventId, string slug, ConferenceDetails details, CancellationToken ct)
    {
        var conference = await db.Events.Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (conference is null)
        {
            return new NotFoundError("Conference.NotFound");
        }
        if (slug != conference.Slug && await db.Events.AnyAsync(e => e.Slug == slug && e.Id != eventId, ct))
        {
            return ConferenceCreation.SlugTaken(slug);
        }
        var scheduled = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId && s.StartsAt != null && s.EndsAt != null)
            .OrderBy(s => s.StartsAt).Select(s => new { s.TitleFr, s.TitleEn, StartsAt = s.StartsAt!.Value, EndsAt = s.EndsAt!.Value })
            .ToListAsync(ct);
        if (details.TimeZoneId != conference.TimeZoneId && scheduled.Count > 0)
        {
            return new ValidationError(nameof(ConferenceDetails.TimeZoneId), scheduled.Count == 1 ? "Conference.TimeZoneLocked.One" : "Conference.TimeZoneLocked.Other", scheduled.Count);
        }
        var sessions = scheduled.Select(s => (Title: new LocalizedText(s.TitleFr, s.TitleEn), Starts: conference.ToLocal(s.StartsAt), Ends: conference.ToLocal(s.EndsAt))).ToList();
        foreach (var day in conference.Days.OrderBy(d => d.Date))
        {
            var onDay = sessions.Where(s => DateOnly.FromDateTime(s.Starts) == day.Date).ToList();
            if (onDay.Count == 0)
            {
                continue;
            }
            var kept = details.Days.FirstOrDefault(d => d.Date == day.Date);
            if (kept is null)
            {
                return new ValidationError(nameof(ConferenceDetails.Days), "Conference.DayHasSessions", day.Date, new SessionTitles([.. onDay.Select(s => s.Title)]));
            }
            var proposed = new { Opens = day.Date.ToDateTime(kept.OpensAt), Closes = day.Date.ToDateTime(kept.ClosesAt) };
            var outside = onDay.Where(s => s.Starts < proposed.Opens || s.Ends > proposed.Closes).Select(s => s.Title).ToList();
            if (outside.Count > 0)
            {
                return new ValidationError(nameof(ConferenceDetails.Days), "Conference.HoursCutSessions", day.Date, new SessionTitles(outside));
            }
        }

        if (slug != conference.Slug)
        {
            conference.ChangeSlug(slug);
        }
        conference.Rename(details.NameFr, details.NameEn);
        conference.MoveTo(details.Venue, details.VenueAddress);
        conference.ChangeContactEmail(details.ContactEmail);
        conference.ChangeTimeZone(details.TimeZoneId);
        foreach (var removed in conference.Days.Where(d => details.Days.All(n => n.Date != d.Date)).Select(d => d.Date).ToList())
        {
            conference.RemoveDay(removed);
        }
        foreach (var day in details.Days)
        {
            if (conference.Days.FirstOrDefault(d => d.Date == day.Date) is { } existing)
            {
                existing.ChangeHours(day.OpensAt, day.ClosesAt);
            }
            else
            {
                conference.AddDay(day.Date, day.OpensAt, day.ClosesAt);
            }
        }
        await db.SaveChangesAsync(ct);

        // The capacity is never written from what was read: registrations confirm seats on other connections, and only
        // the database knows the count at the instant of the update. Zero rows means it would fall below the seats held.
        var changed = await db.Events.Where(e => e.Id == eventId && e.ConfirmedCount <= details.Capacity)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Capacity, details.Capacity), ct);
        if (changed == 0)
        {
            var confirmed = await db.Events.Where(e => e.Id == eventId).Select(e => e.ConfirmedCount).FirstAsync(ct);
            return new ValidationError(nameof(ConferenceDetails.Capacity), "Conference.CapacityBelowConfirmed", confirmed);
        }
        return eventId;
    }
}
