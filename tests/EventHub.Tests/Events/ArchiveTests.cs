using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Events;

/// <summary>A conference whose last day is over is an archive: it registers no one, even with a sale window left open.</summary>
public abstract class ArchiveTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ArchiveTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ArchiveTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _clock = new();
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private Event _conference = null!;
    private TicketType _ticket = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.NewContext())
        {
            (_conference, _ticket) = await TestData.EventWithTicketAsync(db);
        }
        _registrations = new TestRegistrations(_database, _clock);
    }

    public async Task DisposeAsync()
    {
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Registration_closes_when_the_last_day_does_and_the_shelf_says_so()
    {
        // The test conference's only day, 27 April 2027, closes at 17 h 30 in Québec (21 h 30 UTC); its sale window ran to 31 March.
        _clock.SetUtcNow(new DateTimeOffset(2027, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await using (var db = _database.NewContext())
        {
            // An organizer left the sale open well past the conference.
            await db.TicketTypes.Where(t => t.Id == _ticket.Id)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.SaleEndsAt, new DateTime(2027, 12, 31, 0, 0, 0, DateTimeKind.Utc)));
        }
        var shelf = new TicketShelf(_database.Factory, _clock);
        Assert.True((await shelf.GetAsync(_conference.Id))!.Open);
        Assert.True((await Register("avant@test.example")).Succeeded);

        _clock.SetUtcNow(new DateTimeOffset(2027, 4, 27, 21, 31, 0, TimeSpan.Zero));
        var after = await Register("apres@test.example");

        Assert.Equal("Registration.NotOnSale", Assert.IsType<ConflictError>(after.Error).Code);
        _clock.Advance(TicketShelf.Freshness);
        Assert.False((await new TicketShelf(_database.Factory, _clock).GetAsync(_conference.Id))!.Open);
    }

    private Task<Result<RegistrationReceipt>> Register(string email) =>
        _registrations.Registrar.RegisterAsync(new RegistrationRequest(_ticket.Id, new AttendeeDetails("Marie", "Tremblay", email, null, null, "fr"), true));
}
