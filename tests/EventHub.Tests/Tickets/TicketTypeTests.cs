using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Features.Tickets;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Tickets;

/// <summary>The organizer's ticket types: create, edit, reorder, close, delete, and a quota that never falls below the seats sold.</summary>
public abstract class TicketTypeTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : TicketTypeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : TicketTypeTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private TestTickets _tickets = null!;
    private Event _event = null!;
    private TicketType _regular = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var gate = new WriteGate(_database.Settings);
        _registrations = new TestRegistrations(_database, _time, gate);
        _tickets = new TestTickets(_database, _time, gate);
        await using var db = _database.NewContext();
        (_event, _regular) = await TestData.EventWithTicketAsync(db, quota: 100, capacity: 150);
    }

    public async Task DisposeAsync()
    {
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_new_type_is_stored_in_utc_from_the_conferences_time_and_listed_last()
    {
        var id = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft(quota: 80))).Value;

        await using var db = _database.NewContext();
        var stored = await db.TicketTypes.SingleAsync(t => t.Id == id);
        // 9 h in Toronto on 1 February (EST, UTC−5) is 14 h UTC; 17 h on 1 April (EDT, UTC−4) is 21 h UTC.
        Assert.Equal(new DateTime(2027, 2, 1, 14, 0, 0), stored.SaleStartsAt);
        Assert.Equal(new DateTime(2027, 4, 1, 21, 0, 0), stored.SaleEndsAt);
        Assert.Equal("Pour les personnes invitées.", stored.DescriptionFr);
        var board = (await _tickets.List.ListAsync(_event.Id))!;
        Assert.Equal(["Régulier", "Conférencier"], board.Types.Select(t => t.NameFr));
        Assert.Equal(new DateTime(2027, 2, 1, 9, 0, 0), board.Types[1].SaleOpensLocal);
        // 100 + 80 seats of quota for a capacity of 150: allowed, and the page is told.
        Assert.True(board.QuotasExceedCapacity);
    }

    [Fact]
    public async Task Bad_drafts_are_refused_under_their_field()
    {
        var draft = TestTickets.Draft();
        Assert.Equal(("NameFr", "Validation.Required"), Field(await _tickets.Creation.CreateAsync(_event.Id, draft with { NameFr = " " })));
        Assert.Equal(("Quota", "Tickets.QuotaNegative"), Field(await _tickets.Creation.CreateAsync(_event.Id, draft with { Quota = -1 })));
        Assert.Equal(("SaleClosesLocal", "Tickets.SaleEndsBeforeStart"),
            Field(await _tickets.Creation.CreateAsync(_event.Id, draft with { SaleClosesLocal = draft.SaleOpensLocal })));
        // 2 h 30 on 14 March 2027 does not exist in Toronto: the clocks jump from 2 h to 3 h.
        Assert.Equal(("SaleOpensLocal", "Tickets.TimeSkipped"),
            Field(await _tickets.Creation.CreateAsync(_event.Id, draft with { SaleOpensLocal = new DateTime(2027, 3, 14, 2, 30, 0) })));
        Assert.Equal(("NameFr", "Tickets.NameTaken"), Field(await _tickets.Creation.CreateAsync(_event.Id, draft with { NameFr = "Régulier" })));
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.TicketTypes.CountAsync());
    }

    [Fact]
    public async Task An_edit_cannot_take_the_quota_below_the_seats_sold_and_changes_nothing_then()
    {
        for (var i = 0; i < 3; i++)
        {
            await _registrations.Registrar.RegisteredAsync(_regular.Id, Attendee($"vendu{i}@test.example"));
        }
        var draft = new TicketTypeDraft("Régulier modifié", "Regular", null, null, 2, new DateTime(2027, 1, 1, 9, 0, 0), new DateTime(2027, 6, 1, 9, 0, 0), true);

        var refused = await _tickets.Edit.EditAsync(_event.Id, _regular.Id, draft);
        var accepted = await _tickets.Edit.EditAsync(_event.Id, _regular.Id, draft with { Quota = 3 });

        Assert.Equal(("Quota", "Tickets.QuotaBelowSold"), Field(refused));
        Assert.Equal(3, refused.Error!.Arguments[0]);
        Assert.True(accepted.Succeeded);
        await using var db = _database.NewContext();
        var stored = await db.TicketTypes.SingleAsync();
        Assert.Equal((3, 3, "Régulier modifié"), (stored.Quota, stored.Sold, stored.NameFr));
    }

    [Fact]
    public async Task Lowering_the_quota_while_50_people_register_never_leaves_more_sold_than_the_quota()
    {
        for (var i = 0; i < 20; i++)
        {
            await _registrations.Registrar.RegisteredAsync(_regular.Id, Attendee($"avant{i}@test.example"));
        }
        var draft = new TicketTypeDraft("Régulier", "Regular", null, null, 0, new DateTime(2027, 1, 1, 9, 0, 0), new DateTime(2027, 6, 1, 9, 0, 0), true);
        var quotas = new[] { 45, 30, 60, 25, 40 };

        // 50 registrations and 5 edits of the quota, started together; each edit lands between two registrations.
        var results = await AllAtOnce.RunAsync(55, async i => i < 50
            ? (object)await _registrations.Registrar.RegisteredAsync(_regular.Id, Attendee($"pendant{i}@test.example"))
            : await _tickets.Edit.EditAsync(_event.Id, _regular.Id, draft with { Quota = quotas[i - 50] }));

        foreach (var edit in results.OfType<Result<int>>())
        {
            Assert.True(edit.Succeeded || edit.Error is ValidationError { Code: "Tickets.QuotaBelowSold" }, edit.Error?.Code);
        }
        await using var db = _database.NewContext();
        var stored = await db.TicketTypes.AsNoTracking().SingleAsync();
        var rows = await db.Registrations.AsNoTracking().ToListAsync();
        Assert.True(stored.Sold <= stored.Quota, $"{stored.Sold} sold for a quota of {stored.Quota}");
        Assert.Equal(70, rows.Count);
        Assert.Equal(rows.Count(r => r.Status == RegistrationStatus.Confirmed), stored.Sold);
        Assert.Equal(stored.Sold, (await db.Events.AsNoTracking().SingleAsync()).ConfirmedCount);
        Assert.Equal(70 - stored.Sold, rows.Count(r => r.Status == RegistrationStatus.Waitlisted));
    }

    [Fact]
    public async Task A_type_with_registrations_is_closed_not_deleted_and_a_closed_type_sells_nothing()
    {
        var empty = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft())).Value;
        await _registrations.Registrar.RegisteredAsync(_regular.Id, Attendee("garde@test.example"));

        var kept = await _tickets.Deletion.DeleteAsync(_event.Id, _regular.Id);
        var deleted = await _tickets.Deletion.DeleteAsync(_event.Id, empty);
        var closed = await _tickets.Closing.CloseAsync(_event.Id, _regular.Id);
        var afterClosing = await _registrations.Registrar.RegisterAsync(new RegistrationRequest(_regular.Id, Attendee("tard@test.example"), true));

        Assert.Equal("Tickets.HasRegistrations", Assert.IsType<ConflictError>(kept.Error).Code);
        Assert.True(deleted.Value);
        Assert.True(closed.Succeeded);
        Assert.Equal("Registration.NotOnSale", afterClosing.Error?.Code);
        var board = (await _tickets.List.ListAsync(_event.Id))!;
        var row = Assert.Single(board.Types);
        Assert.True(row.IsClosed);
        Assert.False(row.Deletable);
    }

    [Fact]
    public async Task A_closed_type_is_refused_by_the_database_even_while_its_sale_is_still_cached()
    {
        // The sale (window, closed or not) is cached for a few seconds; the seat's own UPDATE checks it again.
        await _registrations.Registrar.RegisteredAsync(_regular.Id, Attendee("cache@test.example"));
        await _tickets.Closing.CloseAsync(_event.Id, _regular.Id);

        var result = await _registrations.Registrar.RegisterAsync(new RegistrationRequest(_regular.Id, Attendee("ferme@test.example"), true));

        Assert.Equal("Registration.NotOnSale", result.Error?.Code);
        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task Arrows_move_a_type_on_the_form_and_the_shelf_follows_that_order_without_hidden_or_closed_types()
    {
        var speakers = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Conférencier", isPublic: false))).Value;
        var students = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Étudiant"))).Value;
        var retired = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Retraité"))).Value;
        await _tickets.Closing.CloseAsync(_event.Id, retired);

        await _tickets.Reorder.MoveAsync(_event.Id, students, -1);
        await _tickets.Reorder.MoveAsync(_event.Id, students, -1);
        await _tickets.Reorder.MoveAsync(_event.Id, students, -1); // already first: stays

        var board = (await _tickets.List.ListAsync(_event.Id))!;
        Assert.Equal(["Étudiant", "Régulier", "Conférencier", "Retraité"], board.Types.Select(t => t.NameFr));
        var shelf = (await new TicketShelf(_database.Factory, _time).GetAsync(_event.Id))!;
        Assert.Equal(["Étudiant", "Régulier"], shelf.Tickets.Select(t => t.Name.French));
        Assert.DoesNotContain(shelf.Tickets, t => t.Id == speakers);
        Assert.Equal("Pour les personnes invitées.", shelf.Tickets[0].Description!.French);
    }

    [Fact]
    public async Task Another_conferences_type_is_not_found_by_any_use_case()
    {
        int other;
        await using (var db = _database.NewContext())
        {
            other = (await TestData.EventWithTicketAsync(db)).Event.Id;
        }

        Assert.IsType<NotFoundError>((await _tickets.Edit.EditAsync(other, _regular.Id, TestTickets.Draft())).Error);
        Assert.IsType<NotFoundError>((await _tickets.Closing.CloseAsync(other, _regular.Id)).Error);
        Assert.IsType<NotFoundError>((await _tickets.Deletion.DeleteAsync(other, _regular.Id)).Error);
        Assert.IsType<NotFoundError>((await _tickets.Reorder.MoveAsync(other, _regular.Id, 1)).Error);
        Assert.DoesNotContain((await _tickets.List.ListAsync(other))!.Types, t => t.Id == _regular.Id);
    }

    private static (string Field, string Code) Field<T>(Result<T> result) =>
        Assert.IsType<ValidationError>(result.Error) is var error ? (error.Field, error.Code) : default;

    private static AttendeeDetails Attendee(string email) => new("Léa", "Côté", email, "Ville de Québec", null, "fr");
}
