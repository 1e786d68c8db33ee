using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Registrations;

public abstract class RegistrationListTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RegistrationListTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : RegistrationListTests(DatabaseProvider.PostgreSql);

    private TestDatabase _database = null!;
    private RegistrationList _list = null!;
    private int _eventId;
    private int _ticketId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _list = new RegistrationList(_database.Factory);
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 300);
        (_eventId, _ticketId) = (conference.Id, ticket.Id);
        for (var i = 0; i < 250; i++)
        {
            var registration = TestData.Registration(conference, ticket, $"personne{i:000}@test.example");
            registration.Correct(new AttendeeDetails($"Prénom{i:000}", $"Nom{i:000}", $"personne{i:000}@test.example", "Ville de Lévis", null, "fr"), TestData.Now);
            db.Registrations.Add(registration);
        }
        var helene = TestData.Registration(conference, ticket, "h.cote@exemple.example");
        helene.Correct(new AttendeeDetails("Hélène", "Côté", "H.Cote@Exemple.example", "Université Laval", null, "fr"), TestData.Now);
        db.Registrations.Add(helene);
        var cancelled = TestData.Registration(conference, ticket, "annulee@test.example");
        cancelled.Cancel(TestData.Now);
        db.Registrations.Add(cancelled);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData("helene")]
    [InlineData("HÉLÈNE côté")]
    [InlineData("universite laval")]
    [InlineData("h.cote@exemple")]
    public async Task Search_ignores_accents_and_case_in_names_organizations_and_emails(string search)
    {
        var page = await _list.PageAsync(_eventId, new RegistrationFilter(search), RegistrationSort.Name, false, 0, 25);

        var row = Assert.Single(page.Rows);
        Assert.Equal(1, page.Total);
        Assert.Equal("Hélène", row.FirstName);
        Assert.Equal("Université Laval", row.Organization);
    }

    [Fact]
    public async Task Pages_are_cut_by_the_database_and_counted_over_the_whole_filter()
    {
        var first = await _list.PageAsync(_eventId, new RegistrationFilter(Status: RegistrationStatus.Confirmed), RegistrationSort.Name, false, 0, 100);
        var third = await _list.PageAsync(_eventId, new RegistrationFilter(Status: RegistrationStatus.Confirmed), RegistrationSort.Name, false, 2, 100);

        Assert.Equal(251, first.Total);
        Assert.Equal(100, first.Rows.Count);
        Assert.Equal(51, third.Rows.Count);
        Assert.Equal("Côté", first.Rows[0].LastName);
        Assert.Equal("Nom000", first.Rows[1].LastName);
        Assert.Equal("Nom249", third.Rows[^1].LastName);
        Assert.DoesNotContain(first.Rows.Concat(third.Rows), r => r.Status != RegistrationStatus.Confirmed);
    }

    [Fact]
    public async Task Sorts_descending_and_filters_by_status_and_ticket_type()
    {
        var byEmail = await _list.PageAsync(_eventId, new RegistrationFilter(TicketTypeId: _ticketId), RegistrationSort.Email, true, 0, 3);
        var cancelled = await _list.PageAsync(_eventId, new RegistrationFilter(Status: RegistrationStatus.Cancelled), RegistrationSort.RegisteredAt, false, 0, 10);
        var otherTicket = await _list.PageAsync(_eventId, new RegistrationFilter(TicketTypeId: _ticketId + 999), RegistrationSort.Name, false, 0, 10);

        Assert.Equal(["personne249@test.example", "personne248@test.example", "personne247@test.example"], byEmail.Rows.Select(r => r.Email));
        Assert.Equal(252, byEmail.Total);
        Assert.Equal("annulee@test.example", Assert.Single(cancelled.Rows).Email);
        Assert.Equal(0, otherTicket.Total);
    }

    [Fact]
    public async Task Waitlist_shows_each_ticket_types_queue_in_order_with_ranks()
    {
        var time = new FakeTimeProvider(TestData.Now);
        var service = new TestRegistrations(_database, time);
        int full;
        await using (var db = _database.NewContext())
        {
            full = (await TestData.EventWithTicketAsync(db, quota: 0)).Ticket.Id;
        }
        var first = await service.Registrar.RegisteredAsync(full, new AttendeeDetails("Léa", "Roy", "lea@test.example", null, null, "fr"));
        var second = await service.Registrar.RegisteredAsync(full, new AttendeeDetails("Éric", "Gagnon", "eric@test.example", null, null, "fr"));
        var third = await service.Registrar.RegisteredAsync(full, new AttendeeDetails("Zoé", "Lavoie", "zoe@test.example", null, null, "fr"));
        await service.Cancellation.CancelAsync(first.RegistrationId);
        var eventId = (await _list.GetAsync(second.RegistrationId))!;
        await using var read = _database.NewContext();
        var fullEvent = read.TicketTypes.Single(t => t.Id == full).EventId;

        var waitlist = Assert.Single(await _list.WaitlistsAsync(fullEvent));
        var page = await _list.PageAsync(fullEvent, new RegistrationFilter(), RegistrationSort.WaitlistNumber, false, 0, 10);

        Assert.Equal([("Éric", 1), ("Zoé", 2)], waitlist.Entries.Select(e => (e.FirstName, e.Rank)));
        Assert.Equal([1, 2, null], page.Rows.Select(r => r.WaitlistRank));
        Assert.Equal(third.RegistrationId, page.Rows[1].Id);
        Assert.Equal(1, eventId.WaitlistRank);
        // The attendee's page and the e-mail written now give the same rank: Léa, who left, is not counted.
        var portal = service.Portal;
        Assert.Equal(2, (await portal.FindAsync(third.ManageToken))!.WaitlistRank);
        Assert.Equal(2, (await portal.ExportAsync(third.ManageToken))!.WaitlistRank);
        var zoeLetter = await read.OutboxMessages.SingleAsync(m => m.RegistrationId == third.RegistrationId);
        Assert.Contains("rang 2", (await TestMail.ComposeAsync(_database, zoeLetter)).TextBody);
    }
}
