using System.Collections.Concurrent;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

public sealed record FormOption(int Id, LocalizedText Label, bool IsRetired);

/// <summary>A question as the forms ask it and the pages read its answers.</summary>
public sealed record FormQuestion(
    int Id,
    QuestionKind Kind,
    LocalizedText Label,
    LocalizedText Help,
    bool IsRequired,
    bool IsHidden,
    IReadOnlyList<int> TicketTypeIds,
    IReadOnlyList<FormOption> Options)
{
    /// <summary>Whether the form asks it of someone registering for this ticket type.</summary>
    public bool AskedOf(int ticketTypeId) => !IsHidden && (TicketTypeIds.Count == 0 || TicketTypeIds.Contains(ticketTypeId));

    /// <summary>The options the form offers: the retired ones only read old answers.</summary>
    public IEnumerable<FormOption> Offered => Options.Where(o => !o.IsRetired);
}

/// <summary>
/// A conference's questions in form order, hidden ones included (their answers are still read), kept for a few
/// seconds like <c>TicketSales</c>: a crowd registering costs one read every few seconds. The organizer's
/// changes forget the conference's copy at once in this process; other instances see them within
/// <see cref="KeptFor"/>.
/// </summary>
public sealed class QuestionSheet(IDbContextFactory<EventHubDbContext> factory, TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, (IReadOnlyList<FormQuestion> Questions, DateTimeOffset Until)> _sheets = new();

    public async Task<IReadOnlyList<FormQuestion>> ForEventAsync(int eventId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        if (_sheets.TryGetValue(eventId, out var cached) && now < cached.Until)
        {
            return cached.Questions;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var questions = await ReadAsync(db, eventId, ct);
        _sheets[eventId] = (questions, now + KeptFor);
        return questions;
    }

    /// <summary>Drops the kept copy after an organizer's change.</summary>
    public void Forget(int eventId) => _sheets.TryRemove(eventId, out _);

    /// <summary>The conference's questions as they are in the database now, on the caller's context.</summary>
    public static async Task<IReadOnlyList<FormQuestion>> ReadAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        var rows = await db.Questions.AsNoTracking().Where(q => q.EventId == eventId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Include(q => q.Options)
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows.Select(ToForm).ToList();
    }

    public static FormQuestion ToForm(Question q) =>
        new(q.Id, q.Kind, q.Label, q.Help, q.IsRequired, q.IsHidden, q.TicketTypeIds.ToList(),
            q.Options.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new FormOption(o.Id, o.Label, o.IsRetired)).ToList());
}
