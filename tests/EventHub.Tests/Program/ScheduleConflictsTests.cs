using System.Globalization;
using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Program;

public abstract class ScheduleConflictsTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : ScheduleConflictsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : ScheduleConflictsTests(DatabaseProvider.PostgreSql);

    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.OnNewDatabaseAsync(provider);

    public async Task DisposeAsync() => await _program.DisposeAsync();

    [Fact]
    public async Task Two_sessions_cannot_overlap_in_one_room()
    {
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));
        var second = await _program.DraftAsync("Données ouvertes");

        var result = await _program.Planner.PlaceAsync(_program.Event.Id, second, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(9, 30));

        var conflict = Assert.IsType<ConflictError>(result.Error);
        Assert.Equal("Conflict.Room", conflict.Code);
        Assert.Equal("Ouverture", ((LocalizedText)conflict.Arguments[0]).French);
        Assert.Equal("Grande salle", conflict.Arguments[1]);
        Assert.Null(await StartOf(second));
    }

    [Fact]
    public async Task Back_to_back_sessions_are_not_a_conflict()
    {
        var speakerFirst = await _program.PlacedAsync("Avant", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        var next = await _program.DraftAsync("Après", 60, speakers: _program.Marie);

        var sameRoom = await _program.Planner.PlaceAsync(_program.Event.Id, next, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(10, 0));
        var before = await _program.Planner.PlaceAsync(_program.Event.Id, speakerFirst, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(9, 0));

        Assert.True(sameRoom.Succeeded, sameRoom.Error?.Code);
        Assert.True(before.Succeeded, before.Error?.Code);
    }

    [Fact]
    public async Task A_speaker_cannot_be_in_two_overlapping_sessions()
    {
        await _program.PlacedAsync("Atelier IA", _program.BigRoom, new TimeOnly(13, 0), 90, _program.Marie, _program.Jean);
        var other = await _program.DraftAsync("Sécurité", 45, speakers: _program.Jean);

        var result = await _program.Planner.PlaceAsync(_program.Event.Id, other, _program.SmallRoom.Id, TestProgram.Day, new TimeOnly(14, 0));

        var conflict = Assert.IsType<ConflictError>(result.Error);
        Assert.Equal("Conflict.Speaker", conflict.Code);
        Assert.Equal("Jean Gagnon", conflict.Arguments[0]);
        Assert.Equal("Atelier IA", ((LocalizedText)conflict.Arguments[1]).French);
    }

    [Fact]
    public async Task A_speaker_added_to_a_placed_session_is_checked_on_save()
    {
        await _program.PlacedAsync("Atelier IA", _program.BigRoom, new TimeOnly(13, 0), 90, _program.Jean);
        var other = await _program.PlacedAsync("Sécurité", _program.SmallRoom, new TimeOnly(14, 0), 45, _program.Marie);
        var details = (await _program.Sessions.GetAsync(_program.Event.Id, other))!;

        var result = await _program.Sessions.SaveAsync(_program.Event.Id, other, details with { SpeakerIds = [_program.Marie.Id, _program.Jean.Id] });

        Assert.Equal("Conflict.Speaker", result.Error?.Code);
    }

    [Theory]
    [InlineData(7, 30)]
    [InlineData(17, 0)]
    public async Task A_session_must_fit_in_the_opening_hours(int hour, int minute)
    {
        var session = await _program.DraftAsync("Trop tôt ou trop tard", 60);

        var result = await _program.Planner.PlaceAsync(_program.Event.Id, session, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(hour, minute));

        Assert.Equal("Conflict.OutsideHours", result.Error?.Code);
    }

    [Fact]
    public async Task A_session_must_be_on_a_day_of_the_event()
    {
        var session = await _program.DraftAsync("Lendemain", 60);

        var result = await _program.Planner.PlaceAsync(_program.Event.Id, session, _program.BigRoom.Id, TestProgram.Day.AddDays(1), new TimeOnly(9, 0));

        Assert.Equal("Conflict.NotAnEventDay", result.Error?.Code);
    }

    [Fact]
    public async Task A_session_may_end_exactly_at_closing_time()
    {
        var session = await _program.DraftAsync("Dernière", 60);

        var result = await _program.Planner.PlaceAsync(_program.Event.Id, session, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(16, 30));

        Assert.True(result.Succeeded, result.Error?.Code);
    }

    [Fact]
    public async Task A_workshop_cannot_ask_for_more_seats_than_its_room_has()
    {
        var workshop = await _program.DraftAsync("Atelier Blazor", 120, SessionKind.Workshop, seatLimit: 40);

        var small = await _program.Planner.PlaceAsync(_program.Event.Id, workshop, _program.SmallRoom.Id, TestProgram.Day, new TimeOnly(9, 0));
        var big = await _program.Planner.PlaceAsync(_program.Event.Id, workshop, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(9, 0));
        var shrink = await _program.Venue.SaveRoomAsync(_program.Event.Id, _program.BigRoom.Id, "Grande salle", 20);

        var conflict = Assert.IsType<ConflictError>(small.Error);
        Assert.Equal("Conflict.SeatLimit", conflict.Code);
        Assert.Equal(40, conflict.Arguments[1]);
        Assert.Equal(30, conflict.Arguments[3]);
        Assert.True(big.Succeeded);
        Assert.Equal("Conflict.SeatLimit", shrink.Error?.Code);
    }

    [Fact]
    public async Task A_session_cannot_move_to_fewer_seats_than_attendees_already_hold_in_their_agendas()
    {
        var talk = await _program.PlacedAsync("Conférence populaire", _program.BigRoom, new TimeOnly(9, 0));
        await using (var db = _program.NewContext())
        {
            // 35 attendees have put the talk in their personal agenda.
            await db.Sessions.Where(s => s.Id == talk).ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, 35));
        }

        var move = await _program.Planner.PlaceAsync(_program.Event.Id, talk, _program.SmallRoom.Id, TestProgram.Day, new TimeOnly(9, 0));
        var shrink = await _program.Venue.SaveRoomAsync(_program.Event.Id, _program.BigRoom.Id, "Grande salle", 34);
        var enough = await _program.Venue.SaveRoomAsync(_program.Event.Id, _program.BigRoom.Id, "Grande salle", 35);

        var conflict = Assert.IsType<ConflictError>(move.Error);
        Assert.Equal("Conflict.SeatsTaken", conflict.Code);
        Assert.Equal(35, conflict.Arguments[1]);
        Assert.Equal(30, conflict.Arguments[3]);
        Assert.Equal("Conflict.SeatsTaken", shrink.Error?.Code);
        Assert.True(enough.Succeeded, enough.Error?.Code);
    }

    [Fact]
    public async Task A_published_session_needs_a_room_and_a_time()
    {
        var draft = await _program.DraftAsync("Pas encore placée", speakers: _program.Marie);
        var placed = await _program.PlacedAsync("Placée", _program.BigRoom, new TimeOnly(9, 0));

        var refused = await _program.Planner.SetPublishedAsync(_program.Event.Id, draft, true);
        var accepted = await _program.Planner.SetPublishedAsync(_program.Event.Id, placed, true);
        var details = (await _program.Sessions.GetAsync(_program.Event.Id, draft))!;
        var viaForm = await _program.Sessions.SaveAsync(_program.Event.Id, draft, details with { Published = true });

        Assert.Equal("Conflict.PublishedUnscheduled", refused.Error?.Code);
        Assert.Equal("Conflict.PublishedUnscheduled", viaForm.Error?.Code);
        Assert.True(accepted.Succeeded);
    }

    [Fact]
    public async Task Taking_a_session_off_the_board_makes_it_a_draft_again()
    {
        var placed = await _program.PlacedAsync("Placée", _program.BigRoom, new TimeOnly(9, 0));
        await _program.Planner.SetPublishedAsync(_program.Event.Id, placed, true);

        var result = await _program.Planner.UnscheduleAsync(_program.Event.Id, placed);

        Assert.True(result.Succeeded);
        await using var db = _program.NewContext();
        var session = await db.Sessions.SingleAsync(s => s.Id == placed);
        Assert.Equal(SessionStatus.Draft, session.Status);
        Assert.Null(session.RoomId);
    }

    [Fact]
    public async Task Publishing_a_day_publishes_every_placed_draft_of_that_day()
    {
        var first = await _program.PlacedAsync("Un", _program.BigRoom, new TimeOnly(9, 0));
        var second = await _program.PlacedAsync("Deux", _program.SmallRoom, new TimeOnly(9, 0));
        var unplaced = await _program.DraftAsync("Trois");

        var result = await _program.Planner.PublishDayAsync(_program.Event.Id, TestProgram.Day);

        Assert.Equal(2, result.Value);
        var published = await _program.Published.GetAsync(_program.Event.Id);
        Assert.Equal([first, second], published.Sessions.Select(s => s.Id).Order());
        Assert.DoesNotContain(published.Sessions, s => s.Id == unplaced);
    }

    [Fact]
    public async Task A_refusal_names_the_other_session_in_the_reader_language()
    {
        await _program.PlacedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0));
        var second = await _program.DraftAsync("Autre");
        var result = await _program.Planner.PlaceAsync(_program.Event.Id, second, _program.BigRoom.Id, TestProgram.Day, new TimeOnly(9, 0));

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en-CA");
            Assert.Equal("Ouverture (EN)", result.Error!.Arguments[0].ToString());
            CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
            Assert.Equal("Ouverture", result.Error!.Arguments[0].ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Two_organizers_placing_different_sessions_in_the_same_slot_at_once_cannot_both_succeed()
    {
        for (var round = 0; round < 5; round++)
        {
            var start = new TimeOnly(8 + round, 0);
            var first = await _program.DraftAsync($"A{round}");
            var second = await _program.DraftAsync($"B{round}");
            using var gate = new ManualResetEventSlim();
            var attempts = new[] { first, second }.Select(id => Task.Run(async () =>
            {
                gate.Wait();
                return await _program.Planner.PlaceAsync(_program.Event.Id, id, _program.SmallRoom.Id, TestProgram.Day, start);
            })).ToArray();
            gate.Set();
            var results = await Task.WhenAll(attempts);

            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Error?.Code == "Conflict.Room");
            await using var db = _program.NewContext();
            var inSlot = await db.Sessions.CountAsync(s => s.RoomId == _program.SmallRoom.Id && s.StartsAt == _program.Event.ToUtc(TestProgram.Day, start));
            Assert.Equal(1, inSlot);
        }
    }

    private async Task<DateTime?> StartOf(int sessionId)
    {
        await using var db = _program.NewContext();
        return await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.StartsAt).SingleAsync();
    }
}
