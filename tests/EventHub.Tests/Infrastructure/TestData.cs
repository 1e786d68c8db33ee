using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;

namespace EventHub.Tests.Infrastructure;

/// <summary>Builders for the rows a test needs; every test writes its own.</summary>
public static class TestData
{
    public static readonly DateTime Now = new(2027, 3, 1, 14, 0, 0, DateTimeKind.Utc);

    public static async Task<(Event Event, TicketType Ticket)> EventWithTicketAsync(EventHubDbContext db, int quota = 100, int capacity = 1_000)
    {
        var conference = new Event("test-" + Guid.NewGuid().ToString("N")[..8], "Conférence", "Conference", "Québec", "America/Toronto", capacity);
        conference.AddDay(new DateOnly(2027, 4, 27), new TimeOnly(8, 0), new TimeOnly(17, 30));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var ticket = new TicketType(conference.Id, "Régulier", "Regular", quota, Now.AddDays(-30), Now.AddDays(30));
        db.TicketTypes.Add(ticket);
        await db.SaveChangesAsync();
        return (conference, ticket);
    }

    /// <summary>A conference whose tickets are on sale by the real clock (for tests through the running app): a regular type and a full one.</summary>
    public static async Task<(TicketType Regular, TicketType Full)> OnSaleNowAsync(EventHubDbContext db, int quota = 100)
    {
        var now = DateTime.UtcNow;
        var conference = new Event("jiq-test", "Journée de test", "Test Day", "Québec", "America/Toronto", 500);
        conference.AddDay(DateOnly.FromDateTime(now.AddDays(60)), new TimeOnly(8, 0), new TimeOnly(17, 0));
        db.Events.Add(conference);
        await db.SaveChangesAsync();
        var regular = new TicketType(conference.Id, "Régulier", "Regular", quota, now.AddDays(-1), now.AddDays(30));
        var full = new TicketType(conference.Id, "Étudiant", "Student", 0, now.AddDays(-1), now.AddDays(30));
        db.TicketTypes.AddRange(regular, full);
        await db.SaveChangesAsync();
        return (regular, full);
    }

    public static Registration Registration(Event conference, TicketType ticket, string email, string? badgeCode = null, string? tokenHash = null)
    {
        var registration = new Registration(conference.Id, ticket.Id,
            new AttendeeDetails("Marie", "Tremblay", email, "Ville de Québec", "Analyste", "fr"),
            badgeCode ?? SecureTokens.NewBadgeCode(), tokenHash ?? SecureTokens.Hash(SecureTokens.NewToken()), Now, Now);
        registration.Confirm(Now);
        return registration;
    }
}
