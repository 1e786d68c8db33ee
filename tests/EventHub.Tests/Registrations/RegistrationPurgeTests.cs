using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Registrations;

public abstract class RegistrationPurgeTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RegistrationPurgeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : RegistrationPurgeTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private int _eventId;
    private int _otherEventId;
    private string _helenesLink = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var service = new TestRegistrations(_database, _time);
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 2);
        var (other, otherTicket) = await TestData.EventWithTicketAsync(db, quota: 2);
        (_eventId, _otherEventId) = (conference.Id, other.Id);
        foreach (var name in new[] { "Hélène", "Marc", "Zoé" })
        {
            var receipt = await service.Registrar.RegisteredAsync(ticket.Id, new AttendeeDetails(name, "Côté", $"{name}@test.example", "Desjardins", "Analyste", "fr"));
            _helenesLink = name == "Hélène" ? receipt.ManageToken : _helenesLink;
        }
        var checkpoint = new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door);
        var device = new Device("Lecteur", "hash", TestData.Now);
        db.AddRange(checkpoint, device);
        await db.SaveChangesAsync();
        db.CheckIns.Add(new CheckIn(db.Registrations.First(r => r.FirstName == "Hélène").Id, checkpoint.Id, CheckIn.EventAttendance, null, device.Id, TestData.Now));
        await db.SaveChangesAsync();
        await service.Registrar.RegisteredAsync(otherTicket.Id, new AttendeeDetails("Autre", "Personne", "autre@test.example", null, null, "fr"));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private RegistrationPurge Purge() => new(_database.Factory, new EventHub.Core.Data.WriteGate(_database.Settings), _time);

    [Fact]
    public async Task Refuses_before_the_event_is_over()
    {
        var result = await Purge().PurgeAsync(_eventId);

        Assert.Equal("Purge.EventNotOver", result.Error!.Code);
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Registrations.CountAsync(r => r.ErasedAt != null));
    }

    [Fact]
    public async Task After_the_purge_an_old_private_link_can_neither_read_nor_cancel()
    {
        _time.SetUtcNow(new DateTimeOffset(2027, 4, 28, 12, 0, 0, TimeSpan.Zero));
        await Purge().PurgeAsync(_eventId);

        var cancel = await new TestRegistrations(_database, _time).Cancellation.CancelByTokenAsync(_helenesLink);

        Assert.Equal("Registration.NotFound", cancel.Error?.Code);
        await using var db = _database.NewContext();
        Assert.Equal(2, await db.Registrations.CountAsync(r => r.EventId == _eventId && r.Status == RegistrationStatus.Confirmed));
        Assert.False(await db.Registrations.AnyAsync(r => r.ManageTokenHash == EventHub.Core.Security.SecureTokens.Hash(_helenesLink)));
    }

    [Fact]
    public async Task Wipes_names_and_emails_and_keeps_statuses_ticket_types_and_counts()
    {
        _time.SetUtcNow(new DateTimeOffset(2027, 4, 28, 12, 0, 0, TimeSpan.Zero));

        var report = (await Purge().PurgeAsync(_eventId)).Value!;

        Assert.Equal(new PurgeReport(3, 2, 1, 0), report);
        await using var db = _database.NewContext();
        var purged = await db.Registrations.Where(r => r.EventId == _eventId).ToListAsync();
        Assert.All(purged, r =>
        {
            Assert.Equal(("", "", "", null, null, null, ""), (r.FirstName, r.LastName, r.Email, r.NormalizedEmail, r.Organization, r.JobTitle, r.SearchKey));
            Assert.NotNull(r.ErasedAt);
        });
        Assert.Equal(2, purged.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(1, purged.Count(r => r.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(2, await db.TicketTypes.Where(t => t.EventId == _eventId).Select(t => t.Sold).SingleAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => purged.Select(r => r.Id).Contains(m.RegistrationId!.Value)));
        var other = await db.Registrations.SingleAsync(r => r.EventId == _otherEventId);
        Assert.Equal("autre@test.example", other.Email);
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
        Assert.Equal(1, await db.CheckIns.CountAsync(c => purged.Select(r => r.Id).Contains(c.RegistrationId)));
        Assert.Equal(0, (await Purge().PurgeAsync(_eventId)).Value!.Erased);
    }
}
