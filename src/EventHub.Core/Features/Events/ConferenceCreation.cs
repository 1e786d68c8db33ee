using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Events;

/// <summary>
/// Creates a conference from nothing: its names, short name, venue, time zone, days, capacity and contact, and the
/// registration question every new conference starts with (<see cref="Questions.DefaultQuestions.Needs"/>).
/// </summary>
public sealed class ConferenceCreation(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, ConferenceDirectory directory)
{
    /// <returns>The new conference's id, or why it was refused (a taken short name names itself).</returns>
    public async Task<Result<int>> CreateAsync(ConferenceDetails details, CancellationToken ct = default)
    {
        if (details.Check() is { } invalid)
        {
            return invalid;
        }
        var slug = details.Slug.Trim();
        try
        {
            using var _ = await gate.EnterAsync(ct);
            var created = await factory.RunAsync<int>(async db =>
            {
                if (await db.Events.AnyAsync(e => e.Slug == slug, ct))
                {
                    return SlugTaken(slug);
                }
                var conference = new Event(slug, details.NameFr.Trim(), details.NameEn.Trim(), details.Venue.Trim(), details.TimeZoneId, details.Capacity);
                conference.Rename(details.NameFr, details.NameEn);
                conference.MoveTo(details.Venue, details.VenueAddress);
                conference.ChangeContactEmail(details.ContactEmail);
                foreach (var day in details.Days.OrderBy(d => d.Date))
                {
                    conference.AddDay(day.Date, day.OpensAt, day.ClosesAt);
                }
                db.Events.Add(conference);
                await db.SaveChangesAsync(ct);
                Questions.QuestionCreation.Add(db, conference.Id, Questions.DefaultQuestions.Needs, position: 1);
                await db.SaveChangesAsync(ct);
                return conference.Id;
            }, ct);
            // Its short name must answer at once, not when a kept "no such conference" runs out.
            directory.Forget();
            return created;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another instance took the same short name between the check and the insert: the unique index decided.
            return SlugTaken(slug);
        }
    }

    internal static ValidationError SlugTaken(string slug) => new(nameof(ConferenceDetails.Slug), "Conference.SlugTaken", slug);
}
