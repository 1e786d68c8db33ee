using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Data;

public abstract class MultiRowInsertTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : MultiRowInsertTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : MultiRowInsertTests(DatabaseProvider.PostgreSql);

    private TestDatabase _database = null!;
    private Checkpoint _door = null!;
    private Registration _marie = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db);
        _door = new Checkpoint(conference.Id, "Porte A", CheckpointKind.Door);
        _marie = TestData.Registration(conference, ticket, "marie@test.example");
        db.AddRange(_door, _marie);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    private static readonly MultiRowInsert<CheckInAttempt> Attempts = new(
        nameof(CheckInAttempt.CheckpointId), nameof(CheckInAttempt.StaffUserId), nameof(CheckInAttempt.DeviceId),
        nameof(CheckInAttempt.RegistrationId), nameof(CheckInAttempt.Outcome), nameof(CheckInAttempt.At));

    [Fact]
    public async Task Rows_written_in_one_statement_are_stored_exactly_as_SaveChanges_stores_them()
    {
        var at = new DateTime(2027, 4, 27, 12, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567);
        await using (var db = _database.NewContext())
        {
            db.CheckInAttempts.Add(new CheckInAttempt(_door.Id, "staff-1", null, _marie.Id, CheckInOutcome.CheckedIn, at));
            await db.SaveChangesAsync();
            var inserted = Attempts.Execute(db, [
                new CheckInAttempt(_door.Id, "staff-1", null, _marie.Id, CheckInOutcome.CheckedIn, at),
                new CheckInAttempt(_door.Id, "staff-2", null, null, CheckInOutcome.Invalid, at.AddSeconds(1)),
            ]);
            Assert.Equal(2, inserted);
        }

        await using var check = _database.NewContext();
        var rows = await check.CheckInAttempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, rows.Count);
        static object Fields(CheckInAttempt a) => (a.CheckpointId, a.StaffUserId, a.DeviceId, a.RegistrationId, a.Outcome, a.At);
        Assert.Equal(Fields(rows[0]), Fields(rows[1]));
        Assert.Equal(DateTimeKind.Utc, rows[1].At.Kind);
        Assert.Equal((CheckInOutcome.Invalid, (int?)null), (rows[2].Outcome, rows[2].RegistrationId));
        // Stored text is identical too, so comparisons and ordering in SQL treat both rows alike.
        Assert.Equal(1, await check.CheckInAttempts.CountAsync(a => a.At > at));
        var stored = await check.Database.SqlQueryRaw<string>("SELECT CAST(At AS TEXT) AS Value FROM CheckInAttempts ORDER BY Id").ToListAsync();
        Assert.Equal(stored[0], stored[1]);
        // The enum went through the model's converter: stored as its name, as SaveChanges stores it.
        var outcomes = await check.Database.SqlQueryRaw<string>("SELECT Outcome AS Value FROM CheckInAttempts ORDER BY Id").ToListAsync();
        Assert.Equal(["CheckedIn", "CheckedIn", "Invalid"], outcomes);
    }

    [Fact]
    public async Task More_rows_than_one_command_may_carry_are_split_and_all_inserted()
    {
        var rows = Enumerable.Range(0, 900).Select(i => new CheckInAttempt(_door.Id, "staff", null, null, CheckInOutcome.Invalid, DateTime.UtcNow)).ToList();

        await using var db = _database.NewContext();
        Assert.Equal(900, Attempts.Execute(db, rows));
        Assert.Equal(900, await db.CheckInAttempts.CountAsync());
    }

    [Fact]
    public void A_property_the_model_does_not_map_is_refused()
    {
        using var db = _database.NewContext();
        var unmapped = new MultiRowInsert<Registration>(nameof(Registration.FullName));
        Assert.Throws<InvalidOperationException>(() => unmapped.Execute(db, [_marie]));
    }
}
