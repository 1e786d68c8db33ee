using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Data;

/// <summary>The database itself refuses what must never be stored, whatever the C# code above it does.</summary>
public abstract class ConstraintTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ConstraintTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ConstraintTests(DatabaseProvider.PostgreSql);

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_duplicate_badge_code_is_refused()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        db.Registrations.Add(TestData.Registration(conference, ticket, "a@test.example", badgeCode: "SAMECODE"));
        await db.SaveChangesAsync();

        await using var other = _database.NewContext();
        other.Registrations.Add(TestData.Registration(conference, ticket, "b@test.example", badgeCode: "SAMECODE"));

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task A_duplicate_manage_token_hash_is_refused()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        db.Registrations.Add(TestData.Registration(conference, ticket, "a@test.example", tokenHash: "hash"));
        await db.SaveChangesAsync();

        await using var other = _database.NewContext();
        other.Registrations.Add(TestData.Registration(conference, ticket, "b@test.example", tokenHash: "hash"));

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task One_active_registration_per_email_and_event()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var first = TestData.Registration(conference, ticket, "Marie@Test.example");
        db.Registrations.Add(first);
        await db.SaveChangesAsync();

        await using (var other = _database.NewContext())
        {
            other.Registrations.Add(TestData.Registration(conference, ticket, "marie@test.example"));
            await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        }

        first.Cancel(TestData.Now);
        await db.SaveChangesAsync();
        await using (var again = _database.NewContext())
        {
            again.Registrations.Add(TestData.Registration(conference, ticket, "marie@test.example"));
            await again.SaveChangesAsync();
        }
    }

    [Fact]
    public async Task A_registration_for_a_missing_ticket_type_is_refused()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var orphan = TestData.Registration(conference, ticket, "a@test.example");
        db.Entry(orphan).Property(r => r.TicketTypeId).CurrentValue = 9_999;
        db.Registrations.Add(orphan);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Sold_seats_can_never_exceed_the_quota()
    {
        await using var db = _database.NewContext();
        var (_, ticket) = await TestData.EventWithTicketAsync(db, quota: 1);

        await db.TicketTypes.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, 1));

        // The CHECK constraint refuses it, whatever the engine: its error is a DbException of the provider.
        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.TicketTypes.Where(t => t.Id == ticket.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Sold, t => t.Sold + 1)));
        Assert.Contains("CK_TicketTypes_Sold", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_waitlist_number_is_handed_out_once_per_ticket_type()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var first = TestData.Registration(conference, ticket, "a@test.example");
        first.Waitlist(1, TestData.Now);
        db.Registrations.Add(first);
        await db.SaveChangesAsync();

        await using var other = _database.NewContext();
        var second = TestData.Registration(conference, ticket, "b@test.example");
        second.Waitlist(1, TestData.Now);
        other.Registrations.Add(second);

        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [Fact]
    public async Task Only_one_live_check_in_per_attendance()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        var registration = TestData.Registration(conference, ticket, "a@test.example");
        var door = new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door);
        db.AddRange(registration, door);
        await db.SaveChangesAsync();
        var first = new CheckIn(registration.Id, door.Id, CheckIn.EventAttendance, "staff", null, TestData.Now);
        db.CheckIns.Add(first);
        await db.SaveChangesAsync();

        await using (var other = _database.NewContext())
        {
            other.CheckIns.Add(new CheckIn(registration.Id, door.Id, CheckIn.EventAttendance, "staff", null, TestData.Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        }

        first.Undo(TestData.Now);
        await db.SaveChangesAsync();
        db.CheckIns.Add(new CheckIn(registration.Id, door.Id, CheckIn.EventAttendance, "staff", null, TestData.Now));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Instants_come_back_as_utc()
    {
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        db.Registrations.Add(TestData.Registration(conference, ticket, "a@test.example"));
        await db.SaveChangesAsync();

        await using var other = _database.NewContext();
        var stored = await other.Registrations.SingleAsync();

        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(TestData.Now, stored.CreatedAt);
    }
}
