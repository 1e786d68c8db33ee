using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

/// <summary>
/// The new edition's names, short name and dates. Its days are the source's moved so that the first one falls on
/// <see cref="FirstDay"/>, unless <see cref="Days"/> gives them outright.
/// </summary>
public sealed record EditionCopyRequest(string Slug, string NameFr, string NameEn, DateOnly FirstDay, bool CopySpeakers, IReadOnlyList<DayHours>? Days = null);

/// <summary>
/// "New edition from…": next year's conference starts as a copy of this one's setup (rooms, tracks, ticket types
/// with their sale windows moved by the same number of days, their access codes with no use taken, the registration
/// questions with the options still offered, checkpoints, and if asked the speakers' public profiles).
/// Nothing that happened at the old edition comes along: no session, registration, check-in, scan, device history or
/// attendee's data, and the seat counters start at zero. Speakers' e-mail addresses are not copied either: the
/// speaker gave them for one edition, and next year's team asks again.
/// </summary>
public sealed class EditionCopy(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, TimeProvider time, ConferenceDirectory directory)
{
    public async Task<Result<int>> CopyAsync(int sourceEventId, EditionCopyRequest request, CancellationToken ct = default)
    {
        var slug = request.Slug.Trim();
        if (ConferenceDetails.CheckSlug(slug) is { } badSlug)
        {
            return badSlug;
        }
        if (string.IsNullOrWhiteSpace(request.NameFr))
        {
            return new ValidationError(nameof(request.NameFr), "Validation.Required");
        }
        if (request.Days is { } explicitDays && ConferenceDetails.CheckDays(explicitDays) is { } badDays)
        {
            return badDays;
        }
        try
        {
            using var _ = await gate.EnterAsync(ct);
            var copied = await factory.RunAsync<int>(db => CopyInAsync(db, sourceEventId, slug, request, ct), ct);
            // The new edition's short name must answer at once.
            directory.Forget();
            return copied;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return ConferenceCreation.SlugTaken(slug);
        }
    }

    private async Task<Result<int>> CopyInAsync(EventHubDbContext db, int sourceId, string slug, EditionCopyRequest request, CancellationToken ct)
    {
        var source = await db.Events.AsNoTracking().Include(e => e.Days).FirstOrDefaultAsync(e => e.Id == sourceId, ct);
        if (source is null)
        {
            return new NotFoundError("Conference.NotFound");
        }
        if (await db.Events.AnyAsync(e => e.Slug == slug, ct))
        {
            return ConferenceCreation.SlugTaken(slug);
        }
        var sourceDays = source.Days.OrderBy(d => d.Date).ToList();
        var sourceFirst = sourceDays.Count > 0 ? sourceDays[0].Date : request.FirstDay;
        var newDays = request.Days is { Count: > 0 } given
            ? [.. given.OrderBy(d => d.Date)]
            : sourceDays.Select(d => new DayHours(d.Date.AddDays(request.FirstDay.DayNumber - sourceFirst.DayNumber), d.OpensAt, d.ClosesAt)).ToList();
        if (newDays.Count == 0)
        {
            return new ValidationError(nameof(ConferenceDetails.Days), "Conference.DaysRequired");
        }
        var offsetDays = newDays[0].Date.DayNumber - sourceFirst.DayNumber;

        var edition = new Event(slug, request.NameFr.Trim(), request.NameEn.Trim(), source.Venue, source.TimeZoneId, source.Capacity);
        edition.Rename(request.NameFr, request.NameEn);
        edition.MoveTo(source.Venue, source.VenueAddress);
        edition.ChangeContactEmail(source.ContactEmail);
        foreach (var day in newDays)
        {
            edition.AddDay(day.Date, day.OpensAt, day.ClosesAt);
        }
        db.Events.Add(edition);
        await db.SaveChangesAsync(ct);

        var rooms = await db.Rooms.AsNoTracking().Where(r => r.EventId == sourceId).OrderBy(r => r.Id).ToListAsync(ct);
        var roomCopies = rooms.ToDictionary(r => r.Id, r => new Room(edition.Id, r.Name, r.Seats));
        db.Rooms.AddRange(roomCopies.Values);
        var tracks = await db.Tracks.AsNoTracking().Where(t => t.EventId == sourceId).OrderBy(t => t.Id).ToListAsync(ct);
        db.Tracks.AddRange(tracks.Select(t => new Track(edition.Id, t.NameFr, t.NameEn, t.Color)));
        var ticketTypes = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == sourceId).OrderBy(t => t.Id).ToListAsync(ct);
        // A new TicketType starts with nothing sold and no waitlist number handed out, and on sale again in its window.
        var ticketCopies = ticketTypes.ToDictionary(t => t.Id, t =>
        {
            var copy = new TicketType(edition.Id, t.NameFr, t.NameEn, t.Quota, Shift(source, edition, t.SaleStartsAt, offsetDays), Shift(source, edition, t.SaleEndsAt, offsetDays));
            copy.Describe(t.NameFr, t.NameEn, t.DescriptionFr, t.DescriptionEn);
            copy.ShowPublicly(!t.IsHidden);
            copy.PlaceAt(t.DisplayOrder);
            return copy;
        });
        db.TicketTypes.AddRange(ticketCopies.Values);
        if (request.CopySpeakers)
        {
            await CopySpeakersAsync(db, sourceId, edition.Id, ct);
        }
        await db.SaveChangesAsync(ct);

        await CopyCodesAndQuestionsAsync(db, sourceId, edition.Id, ticketCopies.ToDictionary(p => p.Key, p => p.Value.Id), ct);

        var checkpoints = await db.Checkpoints.AsNoTracking().Where(c => c.EventId == sourceId).OrderBy(c => c.Id).ToListAsync(ct);
        db.Checkpoints.AddRange(checkpoints
            .Where(c => c.RoomId is null || roomCopies.ContainsKey(c.RoomId.Value))
            .Select(c => new Checkpoint(edition.Id, c.Name, c.Kind, c.RoomId is { } roomId ? roomCopies[roomId].Id : null)));
        await db.SaveChangesAsync(ct);
        return edition.Id;
    }

    /// <summary>
    /// Access codes keep their code, ticket type and number of uses, with none taken (the unique index is per conference, so
    /// a sponsor's code may serve again); questions keep their kind, texts, order and ticket types, with the options still
    /// offered (a retired one only read this edition's answers). No answer comes along.
    /// </summary>
    private async Task CopyCodesAndQuestionsAsync(EventHubDbContext db, int sourceId, int editionId, Dictionary<int, int> tickets, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var codes = await db.AccessCodes.AsNoTracking().Where(c => c.EventId == sourceId).OrderBy(c => c.Id).ToListAsync(ct);
        db.AccessCodes.AddRange(codes.Where(c => tickets.ContainsKey(c.TicketTypeId))
            .Select(c => new AccessCode(editionId, tickets[c.TicketTypeId], c.Code, c.MaxUses, now)));
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options).Where(q => q.EventId == sourceId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id).AsSplitQuery().ToListAsync(ct);
        foreach (var question in questions)
        {
            var copy = new Question(editionId, question.Kind, question.Label, question.Help, question.IsRequired, question.Position);
            var asked = question.TicketTypeIds.Where(tickets.ContainsKey).Select(id => tickets[id]).ToList();
            if (question.TicketTypeIds.Count > 0 && asked.Count == 0)
            {
                // Its ticket types are gone: it would be asked of everyone. It comes hidden, for the organizers to decide.
                copy.Hide();
            }
            copy.AskFor(asked);
            if (question.IsHidden)
            {
                copy.Hide();
            }
            var position = 0;
            foreach (var option in question.Options.Where(o => !o.IsRetired).OrderBy(o => o.Position).ThenBy(o => o.Id))
            {
                copy.Options.Add(new QuestionOption(option.Label, ++position));
            }
            db.Questions.Add(copy);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task CopySpeakersAsync(EventHubDbContext db, int sourceId, int editionId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var speakers = await db.Speakers.AsNoTracking().Include(s => s.Photo).Where(s => s.EventId == sourceId).OrderBy(s => s.Id).ToListAsync(ct);
        foreach (var speaker in speakers)
        {
            var copy = new Speaker(editionId, speaker.FirstName, speaker.LastName);
            copy.Describe(speaker.Organization, speaker.BioFr, speaker.BioEn, speaker.Links, email: null);
            if (speaker.Photo is { } photo)
            {
                copy.SetPhoto(photo.ContentType, [.. photo.Content], now);
            }
            db.Speakers.Add(copy);
        }
    }

    /// <summary>Moves an instant by whole days at the venue, so a sale that opened at 9 h still opens at 9 h across a daylight-saving change.</summary>
    private static DateTime Shift(Event source, Event edition, DateTime utc, int days)
    {
        var local = source.ToLocal(utc).AddDays(days);
        return edition.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }
}
