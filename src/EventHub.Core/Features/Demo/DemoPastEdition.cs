using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Demo;

/// <summary>
/// Last year's JIQ as an archive, so the conference switcher, the archive and "new edition from…" can be tried at once:
/// the same venue, rooms, tracks and speakers, its program placed and published on its 2026 dates, and what a purge
/// leaves after an event: registrations without a name, an address or a link (only status and ticket type) and their
/// door arrivals. Nothing personal is written, not even for a moment: each registration is wiped before it is saved.
/// </summary>
internal static class DemoPastEdition
{
    public const string Slug = "jiq-2026";
    public const int Capacity = 1_500;
    public const int Arrivals = 1_288;
    public static readonly DateOnly FirstDay = DemoSeeder.FirstDay.AddDays(-364); // Tuesday 28 April 2026

    /// <summary>(French name, English name, quota, confirmed): 1,420 seats were confirmed.</summary>
    private static readonly (string Fr, string En, int Quota, int Sold)[] TicketTypes =
    [
        ("Régulier", "Regular", 1_000, 960),
        ("Étudiant", "Student", 250, 250),
        ("Partenaire", "Partner", 150, 130),
        ("Bénévole", "Volunteer", 100, 80),
    ];

    public static int Confirmed => TicketTypes.Sum(t => t.Sold);

    public static async Task WriteAsync(EventHubDbContext db, CancellationToken ct)
    {
        var conference = new Event(Slug, "Journée de l'informatique du Québec 2026", "Journée de l'informatique du Québec 2026",
            DemoSeeder.Venue, "America/Toronto", Capacity);
        conference.MoveTo(DemoSeeder.Venue, DemoSeeder.VenueAddress);
        conference.ChangeContactEmail(DemoSeeder.ContactEmail);
        conference.AddDay(FirstDay, new TimeOnly(8, 0), new TimeOnly(17, 30));
        conference.AddDay(FirstDay.AddDays(1), new TimeOnly(8, 0), new TimeOnly(17, 30));
        db.Events.Add(conference);
        await db.SaveChangesAsync(ct);

        var rooms = DemoCatalog.Rooms.Select(r => new Room(conference.Id, r.Name, r.Seats)).ToArray();
        var tracks = DemoCatalog.Tracks.Select(t => new Track(conference.Id, t.NameFr, t.NameEn, t.Color)).ToArray();
        var speakers = DemoCatalog.Speakers.Select(s => DemoSeeder.NewSpeaker(conference.Id, s)).ToArray();
        var doors = new[] { "Porte A", "Porte B", "Porte C" }.Select(n => new Checkpoint(conference.Id, n, CheckpointKind.Door)).ToArray();
        var saleStarts = conference.ToUtc(new DateOnly(2025, 9, 2), new TimeOnly(9, 0));
        var saleEnds = conference.ToUtc(FirstDay.AddDays(-1), new TimeOnly(23, 59));
        var ticketTypes = TicketTypes.Select(t => new TicketType(conference.Id, t.Fr, t.En, t.Quota, saleStarts, saleEnds)).ToArray();
        // The scanner the doors used that year, revoked when the edition ended: the arrivals name it, nobody can scan with it.
        var scanner = new Device("Lecteurs JIQ 2026", SecureTokens.Hash(SecureTokens.NewToken()), saleStarts);
        scanner.Revoke(conference.ToUtc(FirstDay.AddDays(2), new TimeOnly(0, 0)));
        db.AddRange(rooms);
        db.AddRange(tracks);
        db.AddRange(speakers);
        db.AddRange(doors);
        db.AddRange(ticketTypes);
        db.Add(scanner);
        await db.SaveChangesAsync(ct);

        foreach (var demo in DemoCatalog.Sessions)
        {
            var session = new Session(conference.Id, demo.Kind, demo.TitleFr, demo.TitleEn, demo.DurationMinutes);
            session.Describe(demo.AbstractFr, demo.AbstractEn, demo.Kind, tracks[demo.Track].Id, demo.SeatLimit);
            foreach (var index in demo.Speakers)
            {
                session.AddSpeaker(speakers[index].Id);
            }
            session.PlaceAt(rooms[demo.Room].Id, conference.ToUtc(FirstDay.AddDays(demo.Day), demo.Start));
            session.Publish();
            session.Touch(saleEnds);
            db.Sessions.Add(session);
        }

        var registrations = new List<Registration>();
        var n = 0;
        foreach (var (type, index) in ticketTypes.Select((t, i) => (t, i)))
        {
            for (var i = 0; i < TicketTypes[index].Sold; i++, n++)
            {
                var at = saleStarts.AddMinutes(n * 97);
                // Placeholders only so the constructor's rules pass; wiped before anything is saved.
                var registration = new Registration(conference.Id, type.Id, new AttendeeDetails("—", "—", $"x{n}@purge.example", null, null, n % 5 == 0 ? "en" : "fr"),
                    SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()), at, at);
                registration.Confirm(at);
                registration.ErasePersonalData(saleEnds);
                registrations.Add(registration);
            }
        }
        db.Registrations.AddRange(registrations);
        await db.SaveChangesAsync(ct);

        // Arrivals of the first morning from 7 h 30 to 10 h, mostly at Porte A (the main entrance).
        var opening = conference.ToUtc(FirstDay, new TimeOnly(7, 30));
        for (var i = 0; i < Arrivals; i++)
        {
            var door = doors[i % 5 < 3 ? 0 : i % 5 == 3 ? 1 : 2];
            db.CheckIns.Add(new CheckIn(registrations[(i * 7) % registrations.Count].Id, door.Id, CheckIn.EventAttendance, null, scanner.Id,
                opening.AddSeconds(i * 150 * 60 / Arrivals)));
        }
        await db.SaveChangesAsync(ct);
        await DemoSeeder.RecountAsync(db, conference.Id, ct);
    }
}
