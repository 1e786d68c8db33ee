using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Badges;

/// <summary>What is printed on a badge.</summary>
public sealed record BadgeCard(int RegistrationId, string FirstName, string LastName, string? Organization, LocalizedText TicketType, string BadgeCode);

/// <summary>Which badges to print: a ticket type, and a range of last-name initials (A to Z, accents ignored).</summary>
public sealed record BadgeFilter(int? TicketTypeId = null, char? From = null, char? To = null);

public sealed record TicketTypeChoice(int Id, LocalizedText Name);

/// <summary>Finds badges to print, and the badge code behind an organizer's or an attendee's request for a QR image.</summary>
public sealed class BadgeDirectory(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<IReadOnlyList<BadgeCard>> ListAsync(int eventId, BadgeFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Confirmed);
        if (filter.TicketTypeId is { } ticketTypeId)
        {
            query = query.Where(r => r.TicketTypeId == ticketTypeId);
        }
        var cards = await query
            .Select(r => new BadgeCard(r.Id, r.FirstName, r.LastName, r.Organization, new LocalizedText(r.TicketType!.NameFr, r.TicketType.NameEn), r.BadgeCode))
            .ToListAsync(ct);
        var from = char.ToLowerInvariant(filter.From ?? 'a');
        var to = char.ToLowerInvariant(filter.To ?? 'z');
        return cards
            .Select(card => (card, initial: SearchText.Fold(card.LastName) is { Length: > 0 } folded ? folded[0] : 'z'))
            .Where(x => x.initial >= from && x.initial <= to)
            .OrderBy(x => SearchText.Fold(x.card.LastName), StringComparer.Ordinal)
            .ThenBy(x => SearchText.Fold(x.card.FirstName), StringComparer.Ordinal)
            .Select(x => x.card)
            .ToList();
    }

    public async Task<IReadOnlyList<TicketTypeChoice>> TicketTypesAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).OrderBy(t => t.Id)
            .Select(t => new TicketTypeChoice(t.Id, new LocalizedText(t.NameFr, t.NameEn)))
            .ToListAsync(ct);
    }

    /// <summary>The badge code of a confirmed registration, for an organizer.</summary>
    public async Task<string?> CodeOfAsync(int registrationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Registrations.AsNoTracking()
            .Where(r => r.Id == registrationId && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.BadgeCode)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The badge code behind an attendee's private link; only that registration's, never another's.</summary>
    public async Task<string?> CodeOfTokenAsync(string token, CancellationToken ct = default)
    {
        var hash = SecureTokens.Hash(token);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Registrations.AsNoTracking()
            .Where(r => r.ManageTokenHash == hash && r.Status == RegistrationStatus.Confirmed)
            .Select(r => r.BadgeCode)
            .FirstOrDefaultAsync(ct);
    }
}
