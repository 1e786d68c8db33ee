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

/// <summary>Access codes reveal a hidden ticket type; each registration takes a use in its own transaction and a cancellation gives it back.</summary>
public abstract class AccessCodeTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : AccessCodeTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : AccessCodeTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private TestTickets _tickets = null!;
    private Event _event = null!;
    private TicketType _public = null!;
    private int _hidden;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var gate = new WriteGate(_database.Settings);
        _registrations = new TestRegistrations(_database, _time, gate);
        _tickets = new TestTickets(_database, _time, gate);
        await using var db = _database.NewContext();
        (_event, _public) = await TestData.EventWithTicketAsync(db, quota: 100, capacity: 1_000);
        _hidden = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Conférencier", quota: 100, isPublic: false))).Value;
    }

    public async Task DisposeAsync()
    {
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_code_with_10_uses_tried_by_40_people_at_once_registers_exactly_10()
    {
        var code = (await _tickets.Codes.IssueAsync(_event.Id, _hidden, maxUses: 10)).Value!;

        var results = await AllAtOnce.RunAsync(40, i => Register(_hidden, $"essai{i}@test.example", code));

        Assert.Equal(10, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("Registration.CodeInvalid", r.Error!.Code));
        await using var db = _database.NewContext();
        var stored = await db.AccessCodes.AsNoTracking().SingleAsync();
        Assert.Equal((10, 10), (stored.Uses, stored.MaxUses));
        var rows = await db.Registrations.AsNoTracking().ToListAsync();
        Assert.Equal(10, rows.Count);
        Assert.All(rows, r => Assert.Equal((stored.Id, _hidden, RegistrationStatus.Confirmed), (r.AccessCodeId!.Value, r.TicketTypeId, r.Status)));
        Assert.Equal(10, (await db.TicketTypes.AsNoTracking().SingleAsync(t => t.Id == _hidden)).Sold);
        Assert.Equal(10, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_cancelled_registration_gives_its_use_back_once()
    {
        var code = (await _tickets.Codes.IssueAsync(_event.Id, _hidden, maxUses: 1)).Value!;
        var first = await Register(_hidden, "premier@test.example", code);
        var refused = await Register(_hidden, "second@test.example", code);

        await _registrations.Cancellation.CancelAsync(first.Value!.RegistrationId);
        await _registrations.Cancellation.CancelAsync(first.Value!.RegistrationId);
        await using (var db = _database.NewContext())
        {
            Assert.Equal(0, (await db.AccessCodes.AsNoTracking().SingleAsync()).Uses);
        }
        var after = await Register(_hidden, "second@test.example", code);

        Assert.Equal("Registration.CodeInvalid", refused.Error?.Code);
        Assert.True(after.Succeeded, after.Error?.Code);
        await using var check = _database.NewContext();
        Assert.Equal(1, (await check.AccessCodes.AsNoTracking().SingleAsync()).Uses);
    }

    [Fact]
    public async Task A_hidden_type_needs_a_code_for_it_and_the_code_is_read_whatever_its_case_and_dashes()
    {
        var code = (await _tickets.Codes.IssueAsync(_event.Id, _hidden, maxUses: 5)).Value!;
        var otherHidden = (await _tickets.Creation.CreateAsync(_event.Id, TestTickets.Draft("Bénévole", isPublic: false))).Value;

        var without = await Register(_hidden, "sans@test.example", null);
        var wrongType = await Register(otherHidden, "ailleurs@test.example", code);
        var made = await Register(_hidden, "minuscules@test.example", " " + AccessCodes.Grouped(code).ToLowerInvariant() + " ");
        var publicType = await Register(_public.Id, "public@test.example", null);

        Assert.Equal(("AccessCode", "Registration.CodeRequired"), (Assert.IsType<ValidationError>(without.Error).Field, without.Error!.Code));
        Assert.Equal("Registration.CodeInvalid", wrongType.Error?.Code);
        Assert.True(made.Succeeded, made.Error?.Code);
        Assert.True(publicType.Succeeded);
        await using var db = _database.NewContext();
        Assert.Equal(1, (await db.AccessCodes.AsNoTracking().SingleAsync()).Uses);
        Assert.Equal(2, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task A_code_reveals_its_hidden_type_while_it_has_uses_and_only_at_its_conference()
    {
        var code = (await _tickets.Codes.IssueAsync(_event.Id, _hidden, maxUses: 1)).Value!;
        int other;
        await using (var db = _database.NewContext())
        {
            other = (await TestData.EventWithTicketAsync(db)).Event.Id;
        }

        var revealed = await _tickets.Unlock.FindAsync(_event.Id, code.ToLowerInvariant());
        var elsewhere = await _tickets.Unlock.FindAsync(other, code);
        await Register(_hidden, "seul@test.example", code);
        var usedUp = await _tickets.Unlock.FindAsync(_event.Id, code);

        Assert.Equal((_hidden, "Conférencier", true), (revealed!.Id, revealed.Name.French, revealed.OnSale));
        Assert.Null(elsewhere);
        Assert.Null(usedUp);
        Assert.Null(await _tickets.Unlock.FindAsync(_event.Id, "pas un code"));
    }

    [Fact]
    public async Task A_batch_gives_distinct_single_use_codes_for_hidden_types_only()
    {
        var batch = (await _tickets.Codes.IssueBatchAsync(_event.Id, _hidden, 25)).Value!;
        var forPublic = await _tickets.Codes.IssueBatchAsync(_event.Id, _public.Id, 3);
        var tooMany = await _tickets.Codes.IssueBatchAsync(_event.Id, _hidden, AccessCodeIssue.MaxBatch + 1);

        Assert.Equal(25, batch.Distinct().Count());
        Assert.All(batch, c => Assert.Equal(c, AccessCodes.Normalize(c)));
        Assert.Equal("AccessCodes.PublicType", forPublic.Error?.Code);
        Assert.Equal("AccessCodes.CountRange", tooMany.Error?.Code);
        var listed = await _tickets.CodeList.ListAsync(_event.Id);
        Assert.Equal(25, listed.Count);
        Assert.All(listed, c => Assert.Equal((1, 0, "Conférencier"), (c.MaxUses, c.Uses, c.TicketType.French)));
    }

    [Fact]
    public async Task A_type_hidden_while_its_sale_is_still_cached_is_refused_without_a_code_by_the_database()
    {
        // The sale (hidden or not) is cached for a few seconds; the seat's own UPDATE checks it again.
        await Register(_public.Id, "avant@test.example", null);
        await using (var db = _database.NewContext())
        {
            var ticket = await db.TicketTypes.SingleAsync(t => t.Id == _public.Id);
            ticket.ShowPublicly(false);
            await db.SaveChangesAsync();
        }

        var after = await Register(_public.Id, "apres@test.example", null);

        Assert.Equal("Registration.NotOnSale", after.Error?.Code);
        await using var check = _database.NewContext();
        Assert.Equal(1, await check.Registrations.CountAsync());
    }

    [Theory]
    [InlineData("abcde-fghjk", "ABCDEFGHJK")]
    [InlineData(" ABCDE FGHJK ", "ABCDEFGHJK")]
    [InlineData("ABCDEFGHJ0", null)] // 0 is not in the alphabet (it reads as O)
    [InlineData("ABCDE", null)]
    [InlineData("", null)]
    public void Codes_are_read_case_and_separator_free_in_the_badge_alphabet(string typed, string? expected) =>
        Assert.Equal(expected, AccessCodes.Normalize(typed));

    private Task<Result<RegistrationReceipt>> Register(int ticketTypeId, string email, string? code) =>
        _registrations.Registrar.RegisterAsync(new RegistrationRequest(ticketTypeId, new AttendeeDetails("Léa", "Côté", email, null, null, "fr"), true) { AccessCode = code });
}
