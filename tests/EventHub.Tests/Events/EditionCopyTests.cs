using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Security;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Events;

/// <summary>"New edition from…": the setup comes along with the dates moved; what happened at the old edition does not.</summary>
public abstract class EditionCopyTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : EditionCopyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : EditionCopyTests(DatabaseProvider.PostgreSql);

    private static readonly DateOnly NewFirstDay = TestProgram.Day.AddDays(364); // 2028-04-25, a Tuesday as in 2027
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
    private TestDatabase _database = null!;
    private TestProgram _program = null!;
    private TestConferences _conferences = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _program = await TestProgram.CreateAsync(_database);
        _conferences = new TestConferences(_database);
        var sessionId = await _program.PublishedAsync("Ouverture", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);
        await using var db = _database.NewContext();
        var marie = await db.Speakers.SingleAsync(s => s.Id == _program.Marie.Id);
        marie.Describe("Ville de Québec", "Bio française", "English bio", ["https://marie.example"], "marie@personnel.example");
        marie.SetPhoto("image/jpeg", Jpeg, TestData.Now);
        var door = new Checkpoint(_program.Event.Id, "Porte A", CheckpointKind.Door);
        var room = new Checkpoint(_program.Event.Id, "Salle 301", CheckpointKind.SessionRoom, _program.SmallRoom.Id);
        var device = new Device("Lecteur 1", SecureTokens.Hash(SecureTokens.NewToken()), TestData.Now);
        db.AddRange(door, room, device);
        var ticket = await db.TicketTypes.SingleAsync(t => t.EventId == _program.Event.Id);
        var registration = TestData.Registration(_program.Event, ticket, "lea@test.example");
        db.Registrations.Add(registration);
        await db.SaveChangesAsync();
        db.CheckIns.Add(new CheckIn(registration.Id, door.Id, CheckIn.EventAttendance, null, device.Id, TestData.Now));
        await db.SaveChangesAsync();
        await db.TicketTypes.ExecuteUpdateAsync(t => t.SetProperty(x => x.Sold, 1).SetProperty(x => x.WaitlistIssued, 4));
        await db.Events.ExecuteUpdateAsync(e => e.SetProperty(x => x.ConfirmedCount, 1));
        Assert.True(sessionId > 0);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_setup_is_copied_with_its_dates_moved_and_nothing_that_happened()
    {
        var result = await _conferences.Copy.CopyAsync(_program.Event.Id, new EditionCopyRequest("edition-2028", "Édition 2028", "2028 edition", NewFirstDay, CopySpeakers: true));

        Assert.True(result.Succeeded, result.Error?.Code);
        var id = result.Value;
        await using var db = _database.NewContext();
        var source = await db.Events.AsNoTracking().Include(e => e.Days).SingleAsync(e => e.Id == _program.Event.Id);
        var copy = await db.Events.AsNoTracking().Include(e => e.Days).SingleAsync(e => e.Id == id);
        Assert.Equal(("edition-2028", "Édition 2028", "2028 edition"), (copy.Slug, copy.NameFr, copy.NameEn));
        Assert.Equal((source.Venue, source.VenueAddress, source.TimeZoneId, source.Capacity), (copy.Venue, copy.VenueAddress, copy.TimeZoneId, copy.Capacity));
        Assert.Equal((0, false), (copy.ConfirmedCount, copy.IsCurrent));
        Assert.Equal([(NewFirstDay, new TimeOnly(8, 0), new TimeOnly(17, 30))], copy.Days.Select(d => (d.Date, d.OpensAt, d.ClosesAt)));

        Assert.Equal(await RoomsAsync(db, source.Id), await RoomsAsync(db, id));
        Assert.Equal(
            await db.Tracks.Where(t => t.EventId == source.Id).Select(t => new { t.NameFr, t.NameEn, t.Color }).ToListAsync(),
            await db.Tracks.Where(t => t.EventId == id).Select(t => new { t.NameFr, t.NameEn, t.Color }).ToListAsync());

        var oldTicket = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.EventId == source.Id);
        var newTicket = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.EventId == id);
        Assert.Equal((oldTicket.NameFr, oldTicket.NameEn, oldTicket.Quota), (newTicket.NameFr, newTicket.NameEn, newTicket.Quota));
        Assert.Equal((0, 0), (newTicket.Sold, newTicket.WaitlistIssued));
        // The same local hour at the venue, 364 days later.
        Assert.Equal(source.ToLocal(oldTicket.SaleStartsAt).AddDays(364), copy.ToLocal(newTicket.SaleStartsAt));
        Assert.Equal(source.ToLocal(oldTicket.SaleEndsAt).AddDays(364), copy.ToLocal(newTicket.SaleEndsAt));

        var newSmallRoom = await db.Rooms.SingleAsync(r => r.EventId == id && r.Name == "Salle 301");
        Assert.Equal([("Porte A", CheckpointKind.Door, (int?)null), ("Salle 301", CheckpointKind.SessionRoom, newSmallRoom.Id)],
            (await db.Checkpoints.AsNoTracking().Where(c => c.EventId == id).OrderBy(c => c.Name).ToListAsync()).Select(c => (c.Name, c.Kind, c.RoomId)));

        var marie = await db.Speakers.AsNoTracking().Include(s => s.Photo).SingleAsync(s => s.EventId == id && s.LastName == "Tremblay");
        Assert.Equal(("Ville de Québec", "Bio française", "English bio"), (marie.Organization, marie.BioFr, marie.BioEn));
        Assert.Equal(["https://marie.example"], marie.Links);
        Assert.Equal(Jpeg, marie.Photo!.Content);
        Assert.Null(marie.Email);
        Assert.Equal(2, await db.Speakers.CountAsync(s => s.EventId == id));

        Assert.Equal(0, await db.Sessions.CountAsync(s => s.EventId == id));
        Assert.Equal(0, await db.Registrations.CountAsync(r => r.EventId == id));
        Assert.Equal(1, await db.CheckIns.CountAsync());
        Assert.Equal(1, await db.Sessions.CountAsync());
        Assert.Equal(1, await db.Devices.CountAsync());
    }

    [Fact]
    public async Task Speakers_stay_behind_unless_asked_for_and_days_can_be_given_outright()
    {
        var days = new[] { new DayHours(new DateOnly(2028, 6, 1), new TimeOnly(9, 0), new TimeOnly(16, 0)), new DayHours(new DateOnly(2028, 6, 2), new TimeOnly(9, 0), new TimeOnly(12, 0)) };
        var result = await _conferences.Copy.CopyAsync(_program.Event.Id, new EditionCopyRequest("juin-2028", "Juin 2028", "", new DateOnly(2028, 6, 1), CopySpeakers: false, days));

        Assert.True(result.Succeeded, result.Error?.Code);
        await using var db = _database.NewContext();
        Assert.Equal(0, await db.Speakers.CountAsync(s => s.EventId == result.Value));
        var copy = await db.Events.AsNoTracking().Include(e => e.Days).SingleAsync(e => e.Id == result.Value);
        Assert.Equal(days, copy.Days.OrderBy(d => d.Date).Select(d => new DayHours(d.Date, d.OpensAt, d.ClosesAt)));
        Assert.Equal("Juin 2028", copy.NameEn);
        var oldTicket = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.EventId == _program.Event.Id);
        var newTicket = await db.TicketTypes.AsNoTracking().SingleAsync(t => t.EventId == copy.Id);
        var offset = new DateOnly(2028, 6, 1).DayNumber - TestProgram.Day.DayNumber;
        Assert.Equal(_program.Event.ToLocal(oldTicket.SaleStartsAt).AddDays(offset), copy.ToLocal(newTicket.SaleStartsAt));
    }

    [Fact]
    public async Task A_taken_short_name_is_refused_and_nothing_is_written()
    {
        var result = await _conferences.Copy.CopyAsync(_program.Event.Id, new EditionCopyRequest(_program.Event.Slug, "Doublon", "Duplicate", NewFirstDay, CopySpeakers: true));

        var error = Assert.IsType<ValidationError>(result.Error);
        Assert.Equal(("Slug", "Conference.SlugTaken"), (error.Field, error.Code));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Events.CountAsync());
        Assert.Equal(2, await db.Rooms.CountAsync());
        Assert.Equal(2, await db.Speakers.CountAsync());
    }

    [Fact]
    public async Task The_copy_is_independent_of_the_original_afterwards()
    {
        var id = (await _conferences.Copy.CopyAsync(_program.Event.Id, new EditionCopyRequest("edition-2028", "Édition 2028", "", NewFirstDay, CopySpeakers: true))).Value;

        var renamed = await _program.Venue.SaveRoomAsync(_program.Event.Id, _program.BigRoom.Id, "Grande salle rénovée", 500);
        Assert.True(renamed.Succeeded, renamed.Error?.Code);
        await using (var db = _database.NewContext())
        {
            var copiedMarie = await db.Speakers.SingleAsync(s => s.EventId == id && s.LastName == "Tremblay");
            copiedMarie.Describe("Nouvelle organisation", "Nouvelle bio", "New bio", [], null);
            db.Speakers.Remove(await db.Speakers.SingleAsync(s => s.EventId == id && s.LastName == "Gagnon"));
            await db.SaveChangesAsync();
        }
        var edit = await _conferences.Editing.SaveAsync(id, (await _conferences.Editing.GetAsync(id))!.Details with { ContactEmail = "info@test.example", Capacity = 10 });
        Assert.True(edit.Succeeded, edit.Error?.Code);

        await using var check = _database.NewContext();
        Assert.Equal([("Grande salle", 400), ("Salle 301", 30)], await RoomsAsync(check, id));
        var original = await check.Speakers.AsNoTracking().SingleAsync(s => s.EventId == _program.Event.Id && s.LastName == "Tremblay");
        Assert.Equal(("Ville de Québec", "Bio française"), (original.Organization, original.BioFr));
        Assert.Equal(2, await check.Speakers.CountAsync(s => s.EventId == _program.Event.Id));
        Assert.Equal(1_000, (await check.Events.SingleAsync(e => e.Id == _program.Event.Id)).Capacity);
    }

    private static async Task<List<(string Name, int Seats)>> RoomsAsync(Core.Data.EventHubDbContext db, int eventId) =>
        (await db.Rooms.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Name).ToListAsync()).Select(r => (r.Name, r.Seats)).ToList();
}
