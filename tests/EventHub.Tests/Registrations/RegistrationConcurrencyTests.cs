using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Registrations;

/// <summary>Seats hold under truly parallel registrations and cancellations, on a real SQLite file.</summary>
public abstract class RegistrationConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : RegistrationConcurrencyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : RegistrationConcurrencyTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _service = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _service = new TestRegistrations(_database, _time);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Two_hundred_parallel_registrations_for_150_seats_confirm_150_and_queue_50()
    {
        int ticketId;
        await using (var db = _database.NewContext())
        {
            ticketId = (await TestData.EventWithTicketAsync(db, quota: 150, capacity: 1_700)).Ticket.Id;
        }

        var receipts = await RegisterInParallelAsync(Enumerable.Range(0, 200).Select(i => (ticketId, $"personne{i}@test.example")));

        Assert.Equal(150, receipts.Count(r => r.Outcome == RegistrationOutcome.Confirmed));
        Assert.Equal(50, receipts.Count(r => r.Outcome == RegistrationOutcome.Waitlisted));
        await using var check = _database.NewContext();
        var rows = await check.Registrations.AsNoTracking().ToListAsync();
        Assert.Equal(200, rows.Count);
        Assert.Equal(200, rows.Select(r => r.NormalizedEmail).Distinct().Count());
        Assert.Equal(150, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(Enumerable.Range(1, 50), rows.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistNumber!.Value).Order());
        Assert.Equal(150, (await check.TicketTypes.SingleAsync(t => t.Id == ticketId)).Sold);
        Assert.Equal(150, (await check.Events.SingleAsync()).ConfirmedCount);
        Assert.Equal(200, await check.OutboxMessages.CountAsync());
        Assert.Equal(Enumerable.Range(1, 50), receipts.Where(r => r.Outcome == RegistrationOutcome.Waitlisted).Select(r => r.WaitlistRank!.Value).Order());
    }

    [Fact]
    public async Task Two_ticket_types_never_exceed_the_events_overall_capacity()
    {
        int first, second;
        await using (var db = _database.NewContext())
        {
            var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 120, capacity: 150);
            var other = new TicketType(conference.Id, "Étudiant", "Student", 120, TestData.Now.AddDays(-30), TestData.Now.AddDays(30));
            db.TicketTypes.Add(other);
            await db.SaveChangesAsync();
            (first, second) = (ticket.Id, other.Id);
        }

        await RegisterInParallelAsync(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? first : second, $"p{i}@test.example")));

        await using var check = _database.NewContext();
        var rows = await check.Registrations.AsNoTracking().ToListAsync();
        Assert.Equal(150, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(150, (await check.Events.SingleAsync()).ConfirmedCount);
        foreach (var ticketId in new[] { first, second })
        {
            var mine = rows.Where(r => r.TicketTypeId == ticketId).ToList();
            Assert.Equal(100, mine.Count);
            Assert.Equal(mine.Count(r => r.Status == RegistrationStatus.Confirmed), (await check.TicketTypes.SingleAsync(t => t.Id == ticketId)).Sold);
            var waiting = mine.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistNumber!.Value).Order().ToList();
            Assert.Equal(Enumerable.Range(1, waiting.Count), waiting);
        }
    }

    [Fact]
    public async Task Two_racing_cancellations_of_one_registration_promote_the_first_waiting_person_once()
    {
        var (ticketId, receipts) = await FullTicketAsync(seats: 3, waiting: 3);
        var cancelled = receipts.First(r => r.Outcome == RegistrationOutcome.Confirmed);

        var results = await AllAtOnce.RunAsync(2, _ => _service.Cancellation.CancelByTokenAsync(cancelled.ManageToken));

        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Single(results, r => r.Value!.PromotedRegistrationId is not null);

        await using var check = _database.NewContext();
        var rows = await check.Registrations.AsNoTracking().Where(r => r.TicketTypeId == ticketId).ToListAsync();
        Assert.Equal(3, rows.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal([2, 3], rows.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistNumber!.Value).Order());
        Assert.Equal(RegistrationStatus.Confirmed, rows.Single(r => r.Id == receipts.Single(x => x.WaitlistRank == 1).RegistrationId).Status);
        Assert.Equal(3, (await check.TicketTypes.SingleAsync(t => t.Id == ticketId)).Sold);
        Assert.Equal(3, (await check.Events.SingleAsync()).ConfirmedCount);
        Assert.Equal(1, await check.OutboxMessages.CountAsync(m => m.Kind == "Promoted"));
    }

    [Fact]
    public async Task Two_racing_cancellations_of_different_people_promote_positions_one_and_two()
    {
        var (ticketId, receipts) = await FullTicketAsync(seats: 3, waiting: 3);
        var leaving = receipts.Where(r => r.Outcome == RegistrationOutcome.Confirmed).Take(2).ToList();

        var results = await AllAtOnce.RunAsync(leaving, r => _service.Cancellation.CancelAsync(r.RegistrationId));

        var promoted = results.Select(r => r.Value!.PromotedRegistrationId!.Value).Order().ToList();
        var expected = receipts.Where(r => r.WaitlistRank is 1 or 2).Select(r => r.RegistrationId).Order().ToList();
        Assert.Equal(expected, promoted);
        await using var check = _database.NewContext();
        Assert.Equal(3, (await check.TicketTypes.SingleAsync(t => t.Id == ticketId)).Sold);
        Assert.Equal([3], await check.Registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.WaitlistNumber!.Value).ToListAsync());
    }

    private async Task<(int TicketId, IReadOnlyList<RegistrationReceipt> Receipts)> FullTicketAsync(int seats, int waiting)
    {
        int ticketId;
        await using (var db = _database.NewContext())
        {
            ticketId = (await TestData.EventWithTicketAsync(db, quota: seats)).Ticket.Id;
        }
        var receipts = new List<RegistrationReceipt>();
        for (var i = 0; i < seats + waiting; i++)
        {
            receipts.Add(await RegisterAsync(ticketId, $"file{i}@test.example"));
        }
        return (ticketId, receipts);
    }

    private Task<RegistrationReceipt[]> RegisterInParallelAsync(IEnumerable<(int TicketId, string Email)> people) =>
        AllAtOnce.RunAsync(people.ToList(), p => RegisterAsync(p.TicketId, p.Email));

    private Task<RegistrationReceipt> RegisterAsync(int ticketId, string email) =>
        _service.Registrar.RegisteredAsync(ticketId, new AttendeeDetails("Léa", "Côté", email, "Ville de Québec", null, "fr"));
}
