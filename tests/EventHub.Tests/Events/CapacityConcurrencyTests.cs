using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Registrations;
using EventHub.Testing;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Events;

/// <summary>The capacity lowered while people register, all at once on a real SQLite file: never more confirmed than seats.</summary>
public abstract class CapacityConcurrencyTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CapacityConcurrencyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : CapacityConcurrencyTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Lowering_the_capacity_during_50_registrations_never_leaves_more_confirmed_than_capacity(bool sharedGate)
    {
        Event conference;
        TicketType ticket;
        await using (var db = _database.NewContext())
        {
            (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 100, capacity: 100);
        }
        // One gate as in one instance, or two as with two instances on one file (then SQLite's lock alone serializes).
        var registrationGate = new Core.Data.WriteGate(_database.Settings);
        using var registrations = new TestRegistrations(_database, _time, registrationGate);
        var editing = new TestConferences(_database, sharedGate ? registrationGate : null).Editing;
        var details = (await editing.GetAsync(conference.Id))!.Details with { ContactEmail = "info@test.example" };
        // Two organizers keep changing the capacity (between 5 and 50 seats) for as long as the 50 registrations run,
        // so edits land between registrations rather than all before or after them.
        var registering = 50;
        var outcomes = await AllAtOnce.RunAsync(52, async i =>
        {
            if (i < 50)
            {
                try
                {
                    var receipt = await registrations.Registrar.RegisteredAsync(ticket.Id,
                        new AttendeeDetails("Léa", "Côté", $"p{i}@test.example", null, null, "fr"));
                    return (Confirmed: receipt.Outcome == RegistrationOutcome.Confirmed ? 1 : 0, Edits: new List<(int Capacity, Error? Error)>());
                }
                finally
                {
                    Interlocked.Decrement(ref registering);
                }
            }
            var random = new Random(i);
            var edits = new List<(int Capacity, Error? Error)>();
            while (Volatile.Read(ref registering) > 0 || edits.Count < 10)
            {
                var capacity = random.Next(5, 51);
                edits.Add((capacity, (await editing.SaveAsync(conference.Id, details with { Capacity = capacity })).Error));
            }
            return (Confirmed: 0, Edits: edits);
        });

        await using var check = _database.NewContext();
        var stored = await check.Events.AsNoTracking().SingleAsync();
        var confirmed = await check.Registrations.CountAsync(r => r.Status == RegistrationStatus.Confirmed);
        Assert.True(stored.ConfirmedCount <= stored.Capacity, $"{stored.ConfirmedCount} confirmed for {stored.Capacity} seats");
        Assert.Equal(confirmed, stored.ConfirmedCount);
        Assert.Equal(confirmed, outcomes.Sum(o => o.Confirmed));
        Assert.Equal(50 - confirmed, await check.Registrations.CountAsync(r => r.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(confirmed, (await check.TicketTypes.SingleAsync()).Sold);
        // Every edit either took effect or was refused with the localized reason, never an exception.
        var edits = outcomes.SelectMany(o => o.Edits).ToList();
        Assert.All(edits, e => Assert.True(e.Error is null || e.Error.Code == "Conference.CapacityBelowConfirmed", e.Error?.Code));
        Assert.Contains(stored.Capacity, edits.Where(e => e.Error is null).Select(e => e.Capacity).Append(100));
    }
}
