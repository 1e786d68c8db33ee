using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Registrations;

/// <summary>Workshop seats in personal agendas, decided by the database under truly parallel choices.</summary>
public abstract class PersonalAgendaTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : PersonalAgendaTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : PersonalAgendaTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestProgram _program = null!;
    private PersonalAgenda _agenda = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _program = await TestProgram.CreateAsync(_database);
        _agenda = new PersonalAgenda(_database.Factory, new WriteGate(_database.Settings), _time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Thirty_attendees_choosing_a_ten_seat_workshop_at_once_fill_exactly_ten_seats()
    {
        var workshop = await WorkshopAsync(seats: 10);
        var tokens = await AttendeesAsync(30);

        var changes = await AllAtOnce.RunAsync(tokens, token => _agenda.ChooseAsync(token, [workshop]));

        Assert.All(changes, c => Assert.True(c.Succeeded));
        Assert.Equal(10, changes.Count(c => c.Value!.Added.SequenceEqual([workshop])));
        Assert.Equal(20, changes.Count(c => c.Value!.Full.SequenceEqual([workshop])));
        await using var db = _database.NewContext();
        Assert.Equal(10, await db.AgendaSelections.CountAsync(a => a.SessionId == workshop));
        Assert.Equal(10, (await db.Sessions.SingleAsync(s => s.Id == workshop)).SeatsTaken);
    }

    [Fact]
    public async Task A_talk_without_a_seat_limit_holds_as_many_people_as_its_room()
    {
        var talk = await _program.PublishedAsync("Conférence en petite salle", _program.SmallRoom, new TimeOnly(11, 0));
        var tokens = await AttendeesAsync(_program.SmallRoom.Seats + 10);

        var changes = await AllAtOnce.RunAsync(tokens, token => _agenda.ChooseAsync(token, [talk]));

        Assert.Equal(_program.SmallRoom.Seats, changes.Count(c => c.Value!.Added.Count == 1));
        Assert.Equal(10, changes.Count(c => c.Value!.Full.Count == 1));
        Assert.Equal(new SessionSeats(talk, _program.SmallRoom.Seats, _program.SmallRoom.Seats), (await _agenda.SeatsAsync(_program.Event.Id))[talk]);
    }

    [Fact]
    public async Task Choosing_the_same_agenda_twice_at_once_holds_one_seat()
    {
        var workshop = await WorkshopAsync(seats: 5);
        var token = (await AttendeesAsync(1)).Single();

        await AllAtOnce.RunAsync(8, _ => _agenda.ChooseAsync(token, [workshop]));

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.AgendaSelections.CountAsync());
        Assert.Equal(1, (await db.Sessions.SingleAsync(s => s.Id == workshop)).SeatsTaken);
    }

    [Fact]
    public async Task Leaving_a_workshop_or_cancelling_the_registration_gives_the_seat_back()
    {
        var workshop = await WorkshopAsync(seats: 1);
        var talk = await _program.PublishedAsync("Conférence", _program.BigRoom, new TimeOnly(13, 0));
        var (first, second) = (await AttendeesAsync(2)) switch { var t => (t[0], t[1]) };

        Assert.Equal([workshop, talk], (await _agenda.ChooseAsync(first, [workshop, talk])).Value!.Added);
        Assert.Equal([workshop], (await _agenda.ChooseAsync(second, [workshop])).Value!.Full);
        Assert.Equal([workshop], (await _agenda.ChooseAsync(first, [talk])).Value!.Removed);
        Assert.Equal([workshop], (await _agenda.ChooseAsync(second, [workshop])).Value!.Added);

        var cancelled = await new TestRegistrations(_database, _time).Cancellation.CancelByTokenAsync(second);

        Assert.True(cancelled.Succeeded);
        await using var db = _database.NewContext();
        Assert.Equal(0, (await db.Sessions.SingleAsync(s => s.Id == workshop)).SeatsTaken);
        Assert.Equal([talk], await db.AgendaSelections.Select(a => a.SessionId).ToListAsync());
    }

    [Fact]
    public async Task Drafts_and_waitlisted_attendees_get_no_seat()
    {
        var draft = await _program.DraftAsync("Brouillon", kind: SessionKind.Workshop, seatLimit: 10);
        var token = (await AttendeesAsync(1)).Single();
        var waiting = (await AttendeesAsync(1, confirmed: false)).Single();

        Assert.Equal([draft], (await _agenda.ChooseAsync(token, [draft])).Value!.Full);
        Assert.Equal("Agenda.NotConfirmed", (await _agenda.ChooseAsync(waiting, [draft])).Error!.Code);
        Assert.Equal("Registration.NotFound", (await _agenda.ChooseAsync(SecureTokens.NewToken(), [draft])).Error!.Code);
    }

    private async Task<int> WorkshopAsync(int seats)
    {
        var id = await _program.DraftAsync("Atelier", 90, SessionKind.Workshop, seats);
        Assert.True((await _program.Planner.PlaceAsync(_program.Event.Id, id, _program.SmallRoom.Id, TestProgram.Day, new TimeOnly(9, 0))).Succeeded);
        Assert.True((await _program.Planner.SetPublishedAsync(_program.Event.Id, id, true)).Succeeded);
        return id;
    }

    /// <summary>Confirmed (or waitlisted) registrations, returning the private tokens only their e-mails would hold.</summary>
    private async Task<string[]> AttendeesAsync(int count, bool confirmed = true)
    {
        await using var db = _database.NewContext();
        var ticket = await db.TicketTypes.FirstAsync(t => t.EventId == _program.Event.Id);
        var tokens = Enumerable.Range(0, count).Select(_ => SecureTokens.NewToken()).ToArray();
        foreach (var token in tokens)
        {
            var registration = TestData.Registration(_program.Event, ticket, $"{Guid.NewGuid():N}@test.example", tokenHash: SecureTokens.Hash(token));
            if (!confirmed)
            {
                registration.Waitlist(1, TestData.Now);
            }
            db.Registrations.Add(registration);
        }
        await db.SaveChangesAsync();
        return tokens;
    }
}
