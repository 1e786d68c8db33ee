using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Program;
using EventHub.Core.Features.Registrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.EndToEnd;

/// <summary>
/// A conference an attendee can register for by the real clock (its tickets on sale now, its day two
/// months ahead), with published sessions placed in rooms on that day for the personal agenda.
/// </summary>
public static class AttendeeSeed
{
    public const string Ticket = "Régulier";
    public const string MorningTalk = "Les données ouvertes à Québec";
    public const string AfternoonTalk = "Sécurité des services municipaux";

    public static async Task ConferenceOnSaleAsync(EventHubApp app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var now = DateTime.UtcNow;
            var day = DateOnly.FromDateTime(now.AddDays(60));
            var conference = new Event("jiq-e2e", "Journée de l'informatique du Québec", "Québec IT Day", "Québec", "America/Toronto", 500);
            conference.AddDay(day, new TimeOnly(8, 0), new TimeOnly(17, 0));
            db.Events.Add(conference);
            await db.SaveChangesAsync();
            db.TicketTypes.Add(new TicketType(conference.Id, Ticket, "Regular", 100, now.AddDays(-1), now.AddDays(30)));
            var (big, small) = (new Room(conference.Id, "Grande salle", 400), new Room(conference.Id, "Salle 301", 30));
            db.Rooms.AddRange(big, small);
            await db.SaveChangesAsync();
            // 14:00 and 17:00 UTC are 9 h or 10 h and 12 h or 13 h in Québec, whatever the season: inside the day, never overlapping.
            db.Sessions.AddRange(
                Published(conference.Id, MorningTalk, "Open data in Québec City", big.Id, day.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc)),
                Published(conference.Id, AfternoonTalk, "Securing municipal services", small.Id, day.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }
        app.Services.GetRequiredService<PublishedProgram>().Invalidate();
    }

    /// <summary>Registers through the service for the conference's one ticket type; returns the private link's token (the e-mail's).</summary>
    public static async Task<string> RegisterAsync(EventHubApp app, AttendeeDetails attendee)
    {
        await using var scope = app.Services.CreateAsyncScope();
        int ticket;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            ticket = await db.TicketTypes.Select(t => t.Id).SingleAsync();
        }
        var result = await scope.ServiceProvider.GetRequiredService<Registrar>().RegisterAsync(new RegistrationRequest(ticket, attendee, ConsentGiven: true));
        Assert.True(result.Succeeded, result.Error?.Code);
        return result.Value!.ManageToken;
    }

    private static Session Published(int eventId, string titleFr, string titleEn, int roomId, DateTime startsAtUtc)
    {
        var session = new Session(eventId, SessionKind.Talk, titleFr, titleEn, 60);
        session.PlaceAt(roomId, startsAtUtc);
        session.Publish();
        return session;
    }
}
