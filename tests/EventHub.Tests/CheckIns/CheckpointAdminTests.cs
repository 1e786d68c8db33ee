using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.CheckIns;

public abstract class CheckpointAdminTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CheckpointAdminTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CheckpointAdminTests(DatabaseProvider.PostgreSql);

    private readonly InProcessCheckInFeed _feed = new();
    private TestDatabase _database = null!;
    private TestCheckIns _checkIns = null!;
    private CheckpointAdmin _admin = null!;
    private Event _event = null!;
    private TicketType _ticket = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var gate = new WriteGate(_database.Settings);
        _checkIns = new TestCheckIns(_database, new FakeTimeProvider(new DateTimeOffset(TestData.Now)), gate, _feed);
        _admin = new CheckpointAdmin(_database.Factory, _checkIns.Checkpoints);
        await using var db = _database.NewContext();
        (_event, _ticket) = await TestData.EventWithTicketAsync(db);
    }

    public async Task DisposeAsync()
    {
        _checkIns.Dispose();
        _feed.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_new_door_is_offered_at_check_in_at_once_and_a_name_is_used_once()
    {
        Assert.Empty(await _checkIns.Checkpoints.CheckpointsAsync());

        var added = await _admin.AddDoorAsync(_event.Id, "Porte A");
        var again = await _admin.AddDoorAsync(_event.Id, "Porte A");
        var blank = await _admin.AddDoorAsync(_event.Id, "  ");

        Assert.True(added.Succeeded);
        Assert.Equal("Checkpoints.NameTaken", Assert.IsType<ConflictError>(again.Error).Code);
        Assert.IsType<ValidationError>(blank.Error);
        Assert.Equal("Porte A", Assert.Single(await _checkIns.Checkpoints.CheckpointsAsync()).Name);
    }

    [Fact]
    public async Task A_room_checkpoint_takes_the_room_name_and_the_room_is_no_longer_offered()
    {
        Room room;
        await using (var db = _database.NewContext())
        {
            room = new Room(_event.Id, "Salle 301A", 120);
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
        }
        Assert.Single(await _admin.RoomsWithoutCheckpointAsync(_event.Id));

        Assert.True((await _admin.AddRoomAsync(_event.Id, room.Id)).Succeeded);

        var row = Assert.Single(await _admin.ListAsync(_event.Id));
        Assert.Equal(("Salle 301A", CheckpointKind.SessionRoom, "Salle 301A"), (row.Name, row.Kind, row.Room));
        Assert.Empty(await _admin.RoomsWithoutCheckpointAsync(_event.Id));
    }

    [Fact]
    public async Task A_checkpoint_with_scans_is_kept_for_the_audit_trail()
    {
        var door = (await _admin.AddDoorAsync(_event.Id, "Porte A")).Value;
        var empty = (await _admin.AddDoorAsync(_event.Id, "Porte B")).Value;
        await _checkIns.Desk.ScanAsync("unknown code", door, CheckInActor.Staff("staff"));

        Assert.Equal("Checkpoints.InUse", Assert.IsType<ConflictError>((await _admin.DeleteAsync(_event.Id, door)).Error).Code);
        Assert.True((await _admin.DeleteAsync(_event.Id, empty)).Value);
        Assert.Equal(["Porte A"], (await _checkIns.Checkpoints.CheckpointsAsync()).Select(c => c.Name));
    }
}
