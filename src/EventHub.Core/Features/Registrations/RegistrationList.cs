using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

public enum RegistrationSort
{
    RegisteredAt,
    Name,
    Email,
    Organization,
    TicketType,
    Status,
    WaitlistNumber,
}

/// <summary>What the organizer's list shows: a text search (accents ignored), a status and a ticket type.</summary>
public sealed record RegistrationFilter(string? Search = null, RegistrationStatus? Status = null, int? TicketTypeId = null);

public sealed record RegistrationRow(
    int Id,
    string FirstName,
    string LastName,
    string Email,
    string? Organization,
    LocalizedText TicketType,
    RegistrationStatus Status,
    int? WaitlistRank,
    DateTime RegisteredAtUtc);

public sealed record RegistrationPage(IReadOnlyList<RegistrationRow> Rows, int Total);

public sealed record RegistrationDetails(int Id, AttendeeDetails Details, LocalizedText TicketType, RegistrationStatus Status,
    int? WaitlistRank, DateTime RegisteredAtUtc, DateTime ConsentGivenAtUtc, string? ConsentConfirmedBy, bool Erased);

public sealed record TicketChoice(int Id, LocalizedText Name, int Quota, int Sold);

public sealed record WaitlistEntry(int RegistrationId, int Rank, string FirstName, string LastName, string Email, DateTime RegisteredAtUtc);

public sealed record Waitlist(TicketChoice Ticket, IReadOnlyList<WaitlistEntry> Entries);

/// <summary>
/// Reads registrations for the organizer: one page at a time, filtered and sorted by the database
/// (never all rows in memory), and the same filter streamed for the CSV export.
/// </summary>
public sealed class RegistrationList(IDbContextFactory<EventHubDbContext> factory)
{
    public const int MaxPageSize = 200;

    public async Task<RegistrationPage> PageAsync(int eventId, RegistrationFilter filter, RegistrationSort sort, bool descending,
        int page, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(0, page);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filtered(db, eventId, filter);
        var total = await query.CountAsync(ct);
        var rows = await Project(db, Sorted(query, sort, descending).Skip(page * pageSize).Take(pageSize)).ToListAsync(ct);
        return new RegistrationPage(rows, total);
    }

    /// <summary>Every matching row, read as the caller writes them out (the CSV export).</summary>
    public async IAsyncEnumerable<RegistrationRow> StreamAsync(int eventId, RegistrationFilter filter,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Project(db, Sorted(Filtered(db, eventId, filter), RegistrationSort.Name, false));
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    public async Task<RegistrationDetails?> GetAsync(int registrationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId).WithWaitlistRank(db.Registrations)
            .Select(x => new RegistrationDetails(x.Registration.Id,
                new AttendeeDetails(x.Registration.FirstName, x.Registration.LastName, x.Registration.Email, x.Registration.Organization,
                    x.Registration.JobTitle, x.Registration.PreferredLanguage, x.Registration.Needs),
                new LocalizedText(x.Registration.TicketType!.NameFr, x.Registration.TicketType.NameEn), x.Registration.Status, x.Rank,
                x.Registration.CreatedAt, x.Registration.ConsentGivenAt, x.Registration.ConsentConfirmedBy, x.Registration.ErasedAt != null))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<TicketChoice>> TicketTypesAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Id)
            .Select(t => new TicketChoice(t.Id, new LocalizedText(t.NameFr, t.NameEn), t.Quota, t.Sold))
            .ToListAsync(ct);
    }

    /// <summary>The waitlist of each ticket type, in the order seats will be offered.</summary>
    public async Task<IReadOnlyList<Waitlist>> WaitlistsAsync(int eventId, CancellationToken ct = default)
    {
        var tickets = await TicketTypesAsync(eventId, ct);
        await using var db = await factory.CreateDbContextAsync(ct);
        var waiting = await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.TicketTypeId).ThenBy(r => r.WaitlistNumber)
            .Select(r => new { r.Id, r.TicketTypeId, r.FirstName, r.LastName, r.Email, r.CreatedAt })
            .ToListAsync(ct);
        return tickets.Select(t => new Waitlist(t, waiting.Where(w => w.TicketTypeId == t.Id)
                .Select((w, index) => new WaitlistEntry(w.Id, index + 1, w.FirstName, w.LastName, w.Email, w.CreatedAt)).ToList()))
            .ToList();
    }

    private static IQueryable<Registration> Filtered(EventHubDbContext db, int eventId, RegistrationFilter filter)
    {
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.TicketTypeId is { } ticketTypeId)
        {
            query = query.Where(r => r.TicketTypeId == ticketTypeId);
        }
        // Each word must appear in the stored search key (name and organization, folded) or in the e-mail.
        foreach (var word in SearchText.Terms(filter.Search))
        {
            query = query.Where(r => r.SearchKey.Contains(word) || r.NormalizedEmail!.Contains(word));
        }
        return query;
    }

    private static IQueryable<Registration> Sorted(IQueryable<Registration> query, RegistrationSort sort, bool descending) => (sort, descending) switch
    {
        (RegistrationSort.Name, false) => query.OrderBy(r => r.LastName).ThenBy(r => r.FirstName).ThenBy(r => r.Id),
        (RegistrationSort.Name, true) => query.OrderByDescending(r => r.LastName).ThenByDescending(r => r.FirstName).ThenByDescending(r => r.Id),
        (RegistrationSort.Email, false) => query.OrderBy(r => r.NormalizedEmail).ThenBy(r => r.Id),
        (RegistrationSort.Email, true) => query.OrderByDescending(r => r.NormalizedEmail).ThenByDescending(r => r.Id),
        (RegistrationSort.Organization, false) => query.OrderBy(r => r.Organization).ThenBy(r => r.Id),
        (RegistrationSort.Organization, true) => query.OrderByDescending(r => r.Organization).ThenByDescending(r => r.Id),
        (RegistrationSort.TicketType, false) => query.OrderBy(r => r.TicketTypeId).ThenBy(r => r.Id),
        (RegistrationSort.TicketType, true) => query.OrderByDescending(r => r.TicketTypeId).ThenByDescending(r => r.Id),
        (RegistrationSort.Status, false) => query.OrderBy(r => r.Status).ThenBy(r => r.Id),
        (RegistrationSort.Status, true) => query.OrderByDescending(r => r.Status).ThenByDescending(r => r.Id),
        (RegistrationSort.WaitlistNumber, false) => query.OrderBy(r => r.WaitlistNumber == null).ThenBy(r => r.WaitlistNumber).ThenBy(r => r.Id),
        (RegistrationSort.WaitlistNumber, true) => query.OrderBy(r => r.WaitlistNumber == null).ThenByDescending(r => r.WaitlistNumber).ThenBy(r => r.Id),
        (_, true) => query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id),
        _ => query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
    };

    /// <summary>The waitlist rank is where the person stands in the queue, as they are told it (people who left are not counted).</summary>
    private static IQueryable<RegistrationRow> Project(EventHubDbContext db, IQueryable<Registration> query) =>
        query.WithWaitlistRank(db.Registrations).Select(x => new RegistrationRow(x.Registration.Id, x.Registration.FirstName, x.Registration.LastName,
            x.Registration.Email, x.Registration.Organization, new LocalizedText(x.Registration.TicketType!.NameFr, x.Registration.TicketType.NameEn),
            x.Registration.Status, x.Rank, x.Registration.CreatedAt));
}
