using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.CheckIns;

/// <summary>A person found by name at the door: what staff need to recognise them, no e-mail.</summary>
public sealed record AttendeeMatch(int RegistrationId, string FirstName, string LastName, string? Organization, LocalizedText TicketType, RegistrationStatus Status);

/// <summary>Finds a person of one conference who forgot their badge, so that staff can check them in by name.</summary>
public sealed class CheckInSearch(IDbContextFactory<EventHubDbContext> factory)
{
    public const int SearchLimit = 20;

    /// <summary>
    /// Name or e-mail prefix search, accents and case ignored; e-mails are matched but never returned. Typed % and _
    /// are literal, and only the first words count (<see cref="SearchText.Terms"/>), so no input makes the query unbounded.
    /// </summary>
    public async Task<IReadOnlyList<AttendeeMatch>> SearchAsync(int eventId, string? text, CancellationToken ct = default)
    {
        var terms = SearchText.Terms(text);
        if (terms.Length == 0 || terms.Sum(t => t.Length) < 2)
        {
            return [];
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.ErasedAt == null);
        var typedEmail = SearchText.Email(text!);
        var emailPrefix = SearchText.LikeLiteral(typedEmail.Length > SearchText.MaxTermLength ? typedEmail[..SearchText.MaxTermLength] : typedEmail) + "%";
        const string escape = SearchText.LikeEscape;
        if (terms.Length == 1 && text!.Contains('@'))
        {
            query = query.Where(r => EF.Functions.Like(r.NormalizedEmail!, emailPrefix, escape));
        }
        else
        {
            foreach (var term in terms)
            {
                var literal = SearchText.LikeLiteral(term);
                var starts = literal + "%";
                var wordStarts = "% " + literal + "%";
                query = terms.Length == 1
                    ? query.Where(r => EF.Functions.Like(r.SearchKey, starts, escape) || EF.Functions.Like(r.SearchKey, wordStarts, escape)
                        || EF.Functions.Like(r.NormalizedEmail!, emailPrefix, escape))
                    : query.Where(r => EF.Functions.Like(r.SearchKey, starts, escape) || EF.Functions.Like(r.SearchKey, wordStarts, escape));
            }
        }
        return await query
            .OrderBy(r => r.LastName).ThenBy(r => r.FirstName)
            .Take(SearchLimit)
            .Select(r => new AttendeeMatch(r.Id, r.FirstName, r.LastName, r.Organization, new LocalizedText(r.TicketType!.NameFr, r.TicketType.NameEn), r.Status))
            .ToListAsync(ct);
    }
}
