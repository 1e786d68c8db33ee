using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Demo;

/// <summary>
/// Fills an empty database with a conference modelled on the Journée de l'informatique du Québec:
/// two days, 8 rooms, 4 tracks, 30 speakers, 34 sessions, 1,700 seats and 1,600 attendees.
/// Running it again changes nothing.
/// </summary>
public sealed class DemoSeeder(IDbContextFactory<EventHubDbContext> factory, TimeProvider time, ConferenceDirectory directory)
{
    public const string Slug = "jiq-2027";
    public const int Capacity = 1_700;
    public const int Attendees = 1_600;
    public static readonly DateOnly FirstDay = new(2027, 4, 27);
    internal const string Venue = "Centre des congrès de Québec";
    internal const string VenueAddress = "1000, boulevard René-Lévesque Est, Québec (Québec)";
    internal const string ContactEmail = "info@jiq.example";

    /// <summary>Ticket types: (French name, English name, quota, confirmed attendees). The student type is full.</summary>
    private static readonly (string Fr, string En, int Quota, int Sold)[] TicketTypes =
    [
        ("Régulier", "Regular", 1_150, 1_090),
        ("Étudiant", "Student", 250, 250),
        ("Partenaire", "Partner", 200, 170),
        ("Bénévole", "Volunteer", 100, 90),
    ];

    /// <summary>
    /// Writes what is missing of the demo: this year's JIQ, last year's edition as an archive (see
    /// <see cref="DemoPastEdition"/>), and the JIQ marked as the installation's current conference while none is.
    /// </summary>
    /// <returns>True when something was written, false when the demo was already there.</returns>
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        var written = false;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!await db.Events.AnyAsync(e => e.Slug == Slug, ct))
            {
                written |= (await factory.RunAsync<bool>(async tx => { await SeedCurrentAsync(tx, ct); return true; }, ct)).Value;
            }
            if (!await db.Events.AnyAsync(e => e.Slug == DemoPastEdition.Slug, ct))
            {
                written |= (await factory.RunAsync<bool>(async tx => { await DemoPastEdition.WriteAsync(tx, ct); return true; }, ct)).Value;
            }
            if (written && !await db.Events.AnyAsync(e => e.IsCurrent, ct))
            {
                await db.Events.Where(e => e.Slug == Slug).ExecuteUpdateAsync(e => e.SetProperty(x => x.IsCurrent, true), ct);
            }
        }
        if (written)
        {
            // A running instance (--demo) may have kept "no conference yet" for the short addresses.
            directory.Forget();
        }
        return written;
    }

    private async Task SeedCurrentAsync(EventHubDbContext db, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var conference = new Event(Slug, "Journée de l'informatique du Québec", "Journée de l'informatique du Québec",
            Venue, "America/Toronto", Capacity);
        conference.MoveTo(Venue, VenueAddress);
        conference.ChangeContactEmail(ContactEmail);
        conference.AddDay(FirstDay, new TimeOnly(8, 0), new TimeOnly(17, 30));
        conference.AddDay(FirstDay.AddDays(1), new TimeOnly(8, 0), new TimeOnly(17, 30));
        db.Events.Add(conference);
        await db.SaveChangesAsync(ct);

        var rooms = DemoCatalog.Rooms.Select(r => new Room(conference.Id, r.Name, r.Seats)).ToArray();
        var tracks = DemoCatalog.Tracks.Select(t => new Track(conference.Id, t.NameFr, t.NameEn, t.Color)).ToArray();
        var speakers = DemoCatalog.Speakers.Select(s => NewSpeaker(conference.Id, s)).ToArray();
        db.AddRange(rooms);
        db.AddRange(tracks);
        db.AddRange(speakers);
        db.Checkpoints.AddRange(
            new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door),
            new Checkpoint(conference.Id, "Porte B", CheckpointKind.Door),
            new Checkpoint(conference.Id, "Porte C", CheckpointKind.Door));
        var saleStarts = DateTime.SpecifyKind(new DateTime(2026, 9, 1, 13, 0, 0), DateTimeKind.Utc);
        var saleEnds = conference.ToUtc(FirstDay.AddDays(-1), new TimeOnly(23, 59));
        var ticketTypes = TicketTypes.Select(t => new TicketType(conference.Id, t.Fr, t.En, t.Quota, saleStarts, saleEnds)).ToArray();
        db.TicketTypes.AddRange(ticketTypes);
        await db.SaveChangesAsync(ct);

        db.Checkpoints.AddRange(rooms.Where(r => r.Seats < 1_000).Select(r => new Checkpoint(conference.Id, r.Name, CheckpointKind.SessionRoom, r.Id)));
        foreach (var demo in DemoCatalog.Sessions)
        {
            db.Sessions.Add(NewSession(conference, demo, rooms, tracks, speakers, now));
        }

        var people = new DemoPeople(seed: 2027);
        var ticketIndex = 0;
        var sold = 0;
        for (var i = 0; i < Attendees; i++)
        {
            while (sold == TicketTypes[ticketIndex].Sold)
            {
                ticketIndex++;
                sold = 0;
            }
            sold++;
            var details = people.Next();
            var registration = new Registration(conference.Id, ticketTypes[ticketIndex].Id, details,
                SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()), now, now);
            registration.Confirm(now);
            db.Registrations.Add(registration);
        }
        await db.SaveChangesAsync(ct);
        await RecountAsync(db, conference.Id, ct);
    }

    /// <summary>Sets the seat counters from the confirmed registrations actually stored.</summary>
    internal static async Task RecountAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        await db.TicketTypes.Where(t => t.EventId == eventId).ExecuteUpdateAsync(s => s.SetProperty(
            t => t.Sold,
            t => db.Registrations.Count(r => r.TicketTypeId == t.Id && r.Status == RegistrationStatus.Confirmed)), ct);
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(
            e => e.ConfirmedCount,
            e => db.Registrations.Count(r => r.EventId == e.Id && r.Status == RegistrationStatus.Confirmed)), ct);
    }

    internal static Speaker NewSpeaker(int eventId, DemoSpeaker demo)
    {
        var speaker = new Speaker(eventId, demo.FirstName, demo.LastName);
        var email = $"{SearchText.Fold(demo.FirstName).Replace(' ', '-')}.{SearchText.Fold(demo.LastName).Replace(' ', '-')}@conferenciers.example";
        speaker.Describe(demo.Organization, demo.BioFr, demo.BioEn, [demo.Link], email);
        return speaker;
    }

    private static Session NewSession(Event conference, DemoSession demo, Room[] rooms, Track[] tracks, Speaker[] speakers, DateTime now)
    {
        var session = new Session(conference.Id, demo.Kind, demo.TitleFr, demo.TitleEn, demo.DurationMinutes);
        session.Describe(demo.AbstractFr, demo.AbstractEn, demo.Kind, tracks[demo.Track].Id, demo.SeatLimit);
        foreach (var index in demo.Speakers)
        {
            session.AddSpeaker(speakers[index].Id);
        }
        session.PlaceAt(rooms[demo.Room].Id, conference.ToUtc(FirstDay.AddDays(demo.Day), demo.Start));
        session.Publish();
        session.Touch(now);
        return session;
    }
}
