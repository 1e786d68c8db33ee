using System.Globalization;
using Bunit;
using EventHub.Core.Data;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Program;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace EventHub.Tests.Program;

/// <summary>The board rendered by bUnit over the real planner and a real SQLite file.</summary>
public abstract class ScheduleBoardTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ScheduleBoardTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ScheduleBoardTests(DatabaseProvider.PostgreSql);

    private readonly BunitContext _context = ComponentTestContext.Create();
    private TestDatabase _database = null!;
    private TestProgram _program = null!;

    public async Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
        _database = await TestDatabase.CreateAsync(provider);
        _context.WithConferences(_database);
        _program = await TestProgram.CreateAsync(_database);
        _context.Services.AddSingleton(_program.Planner);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Picking_a_session_then_a_slot_places_it()
    {
        var id = await _program.DraftAsync("Villes intelligentes", 60, speakers: _program.Marie);
        var board = _context.Render<ScheduleBoardPage>();
        board.WaitForElement($"button.board-pick[data-session='{id}']");

        board.Find($"button.board-pick[data-session='{id}']").Click();
        board.WaitForElement($"button.board-place[data-room='{_program.SmallRoom.Id}'][data-time='10:30']").Click();

        board.WaitForAssertion(() =>
        {
            Assert.Contains("«\u00a0Villes intelligentes\u00a0» est placée à l'horaire.", board.Find("[data-testid=board-message]").TextContent);
            Assert.NotNull(board.Find($"td.board-session [data-session='{id}']"));
        }, TimeSpan.FromSeconds(10));
        await using var db = _database.NewContext();
        var stored = await db.Sessions.SingleAsync(s => s.Id == id);
        Assert.Equal(_program.SmallRoom.Id, stored.RoomId);
        Assert.Equal(_program.Event.ToUtc(TestProgram.Day, new TimeOnly(10, 30)), stored.StartsAt);
    }

    [Fact]
    public async Task A_placed_session_can_be_moved_to_another_room_and_taken_off_the_board()
    {
        var id = await _program.PlacedAsync("Villes intelligentes", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var board = _context.Render<ScheduleBoardPage>();

        board.WaitForElement($"td.board-session [data-session='{id}'] button[aria-pressed]").Click();
        board.WaitForElement($"button.board-place[data-room='{_program.SmallRoom.Id}'][data-time='15:00']").Click();
        board.WaitForAssertion(() => Assert.Contains("est placée", board.Find("[data-testid=board-message]").TextContent), TimeSpan.FromSeconds(10));
        await using (var db = _database.NewContext())
        {
            var moved = await db.Sessions.SingleAsync(s => s.Id == id);
            Assert.Equal(_program.SmallRoom.Id, moved.RoomId);
            Assert.Equal(_program.Event.ToUtc(TestProgram.Day, new TimeOnly(15, 0)), moved.StartsAt);
        }

        board.Find($"td.board-session [data-session='{id}'] button[aria-label^='Retirer']").Click();
        board.WaitForElement($"button.board-pick[data-session='{id}']");
        await using (var db = _database.NewContext())
        {
            Assert.Null(await db.Sessions.Where(s => s.Id == id).Select(s => s.RoomId).SingleAsync());
        }
    }

    [Fact]
    public async Task A_placed_session_can_be_shifted_within_its_own_span()
    {
        var id = await _program.PlacedAsync("Villes intelligentes", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var board = _context.Render<ScheduleBoardPage>();

        board.WaitForElement($"td.board-session [data-session='{id}'] button[aria-pressed]").Click();
        board.WaitForElement($"button.board-place[data-room='{_program.BigRoom.Id}'][data-time='09:15']").Click();

        board.WaitForAssertion(() => Assert.Contains("est placée", board.Find("[data-testid=board-message]").TextContent), TimeSpan.FromSeconds(10));
        await using var db = _database.NewContext();
        var moved = await db.Sessions.SingleAsync(s => s.Id == id);
        Assert.Equal(_program.BigRoom.Id, moved.RoomId);
        Assert.Equal(_program.Event.ToUtc(TestProgram.Day, new TimeOnly(9, 15)), moved.StartsAt);
    }

    [Fact]
    public async Task A_refused_conflict_shows_which_session_and_speaker_it_clashes_with()
    {
        await _program.PlacedAsync("Atelier IA", _program.BigRoom, new TimeOnly(13, 0), 90, _program.Jean);
        var id = await _program.DraftAsync("Sécurité", 45, speakers: _program.Jean);
        var board = _context.Render<ScheduleBoardPage>();

        board.WaitForElement($"button.board-pick[data-session='{id}']").Click();
        board.WaitForElement($"button.board-place[data-room='{_program.SmallRoom.Id}'][data-time='14:00']").Click();

        board.WaitForAssertion(() =>
            Assert.Equal("Jean Gagnon présente déjà «\u00a0Atelier IA\u00a0» à cette heure.", board.Find("[data-testid=board-message]").TextContent.Trim()),
            TimeSpan.FromSeconds(10));
        Assert.NotNull(board.Find($"button.board-pick[data-session='{id}']"));
        await using var db = _database.NewContext();
        Assert.Null(await db.Sessions.Where(s => s.Id == id).Select(s => s.RoomId).SingleAsync());
    }
}
