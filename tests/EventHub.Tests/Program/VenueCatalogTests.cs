using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Program;

public abstract class VenueCatalogTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : VenueCatalogTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : VenueCatalogTests(DatabaseProvider.PostgreSql);

    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.OnNewDatabaseAsync(provider);

    public async Task DisposeAsync() => await _program.DisposeAsync();

    [Fact]
    public async Task A_room_used_by_a_session_cannot_be_deleted_and_the_message_names_it()
    {
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));

        var used = await _program.Venue.DeleteRoomAsync(_program.Event.Id, _program.BigRoom.Id);
        var free = await _program.Venue.DeleteRoomAsync(_program.Event.Id, _program.SmallRoom.Id);

        var conflict = Assert.IsType<ConflictError>(used.Error);
        Assert.Equal("Room.InUse", conflict.Code);
        Assert.Equal("Grande salle", conflict.Arguments[0]);
        Assert.Equal(1, conflict.Arguments[1]);
        Assert.Equal("Ouverture", ((LocalizedText)conflict.Arguments[2]).French);
        Assert.True(free.Succeeded);
        Assert.DoesNotContain(await _program.Venue.RoomsAsync(_program.Event.Id), r => r.Id == _program.SmallRoom.Id);
    }

    [Fact]
    public async Task Room_names_are_unique_and_seats_positive()
    {
        var duplicate = await _program.Venue.SaveRoomAsync(_program.Event.Id, null, " Grande salle ", 10);
        var noSeats = await _program.Venue.SaveRoomAsync(_program.Event.Id, null, "Salle 302", 0);
        var created = await _program.Venue.SaveRoomAsync(_program.Event.Id, null, "Salle 302", 40);

        Assert.Equal("Room.NameTaken", duplicate.Error?.Code);
        Assert.Equal("Room.SeatsPositive", noSeats.Error?.Code);
        Assert.True(created.Succeeded);
    }

    [Fact]
    public async Task A_track_with_sessions_cannot_be_deleted()
    {
        await _program.DraftAsync("Dans le volet");

        var result = await _program.Venue.DeleteTrackAsync(_program.Event.Id, _program.Track.Id);

        Assert.Equal("Track.InUse", result.Error?.Code);
    }
}
