using System.Globalization;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>A registration as its attendee sees it through the private link.</summary>
public sealed record AttendeeView(
    int Id,
    int EventId,
    AttendeeDetails Details,
    RegistrationStatus Status,
    int? WaitlistRank,
    LocalizedText Ticket,
    string? BadgeCode,
    DateTime CreatedAtUtc,
    DateTime ConsentGivenAtUtc,
    IReadOnlySet<int> SessionIds);

/// <summary>Everything EventHub holds about one attendee (Law 25's right of access), as the JSON download says it.</summary>
public sealed record AttendeeExport(
    DateTime ExportedAtUtc,
    string Event,
    string FirstName,
    string LastName,
    string Email,
    string? Organization,
    string? JobTitle,
    string? Needs,
    string PreferredLanguage,
    string TicketType,
    string Status,
    int? WaitlistRank,
    string BadgeCode,
    DateTime RegisteredAtUtc,
    DateTime ConsentGivenAtUtc,
    string ConsentGivenThrough,
    DateTime UpdatedAtUtc,
    DateTime? CancelledAtUtc,
    IReadOnlyList<ExportedSession> Agenda,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedEmail> Emails)
{
    /// <summary>The answers to the conference's questions, in the attendee's language.</summary>
    public IReadOnlyList<ExportedAnswer> Answers { get; init; } = [];
}

public sealed record ExportedAnswer(string Question, string Answer);

public sealed record ExportedSession(int Id, string Title, DateTime? StartsAtUtc, string? Room);

public sealed record ExportedCheckIn(DateTime AtUtc, string Checkpoint, bool Undone);

public sealed record ExportedEmail(string Kind, DateTime CreatedAtUtc, DateTime? SentAtUtc);

/// <summary>
/// What the holder of a private link may do besides cancelling and erasing (which are
/// <see cref="RegistrationCancellation"/>'s): see the registration, correct it, and take all of its data.
/// The link's token is never stored, only its hash; an unknown or malformed token finds nothing.
/// </summary>
public sealed class RegistrationPortal(IDbContextFactory<EventHubDbContext> factory, RegistrationCorrections corrections, TimeProvider time)
{
    /// <summary>Tokens are 43 base64url characters; anything far from that is not worth a query.</summary>
    public static bool LooksLikeToken(string? token) =>
        token is { Length: >= 32 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public async Task<AttendeeView?> FindAsync(string? token, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }
        var hash = SecureTokens.Hash(token!);
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await db.Registrations.AsNoTracking().Where(r => r.ManageTokenHash == hash && r.ErasedAt == null)
            .WithWaitlistRank(db.Registrations)
            .Select(x => new
            {
                x.Registration.Id, x.Registration.EventId, x.Registration.FirstName, x.Registration.LastName, x.Registration.Email,
                x.Registration.Organization, x.Registration.JobTitle, x.Registration.PreferredLanguage, x.Registration.Needs,
                x.Registration.Status, x.Registration.BadgeCode, x.Registration.CreatedAt, x.Registration.ConsentGivenAt,
                x.Registration.TicketType!.NameFr, x.Registration.TicketType.NameEn, x.Rank,
                Sessions = db.AgendaSelections.Where(a => a.RegistrationId == x.Registration.Id).Select(a => a.SessionId).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return row is null
            ? null
            : new AttendeeView(row.Id, row.EventId,
                new AttendeeDetails(row.FirstName, row.LastName, row.Email, row.Organization, row.JobTitle, row.PreferredLanguage, row.Needs),
                row.Status, row.Rank, new LocalizedText(row.NameFr, row.NameEn),
                row.Status == RegistrationStatus.Confirmed ? row.BadgeCode : null, row.CreatedAt, row.ConsentGivenAt, row.Sessions.ToHashSet());
    }

    /// <summary>Corrects the attendee's details, by the same rules as an organizer's correction.</summary>
    public async Task<Result<int>> CorrectAsync(string token, AttendeeDetails details, CancellationToken ct = default)
    {
        int? id = null;
        if (LooksLikeToken(token))
        {
            var hash = SecureTokens.Hash(token);
            await using var db = await factory.CreateDbContextAsync(ct);
            id = await db.Registrations.Where(r => r.ManageTokenHash == hash && r.ErasedAt == null).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        }
        return id is { } found ? await corrections.CorrectAsync(found, details, ct) : new NotFoundError("Registration.NotFound");
    }

    public async Task<AttendeeExport?> ExportAsync(string? token, CancellationToken ct = default)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }
        var hash = SecureTokens.Hash(token!);
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await db.Registrations.AsNoTracking().Include(x => x.TicketType)
            .FirstOrDefaultAsync(x => x.ManageTokenHash == hash && x.ErasedAt == null, ct);
        if (r is null)
        {
            return null;
        }
        // The rank the attendee is told everywhere else, not the internal waitlist number.
        var rank = r.Status == RegistrationStatus.Waitlisted
            ? await db.Registrations.Where(x => x.Id == r.Id).WithWaitlistRank(db.Registrations).Select(x => x.Rank).FirstAsync(ct)
            : null;
        var eventName = await db.Events.Where(e => e.Id == r.EventId).Select(e => r.PreferredLanguage == "en" ? e.NameEn : e.NameFr).FirstAsync(ct);
        var agenda = await db.AgendaSelections.Where(a => a.RegistrationId == r.Id)
            .Join(db.Sessions, a => a.SessionId, s => s.Id, (a, s) => new { s.Id, s.TitleFr, s.TitleEn, s.StartsAt, Room = db.Rooms.Where(x => x.Id == s.RoomId).Select(x => x.Name).FirstOrDefault() })
            .OrderBy(s => s.StartsAt)
            .ToListAsync(ct);
        var checkIns = await db.CheckIns.Where(c => c.RegistrationId == r.Id)
            .Join(db.Checkpoints, c => c.CheckpointId, p => p.Id, (c, p) => new ExportedCheckIn(c.CheckedInAt, p.Name, c.UndoneAt != null))
            .ToListAsync(ct);
        var emails = await db.OutboxMessages.Where(m => m.RegistrationId == r.Id).OrderBy(m => m.Id)
            .Select(m => new ExportedEmail(m.Kind, m.CreatedAt, m.SentAt)).ToListAsync(ct);
        var language = r.PreferredLanguage;
        return new AttendeeExport(time.GetUtcNow().UtcDateTime, eventName, r.FirstName, r.LastName, r.Email, r.Organization, r.JobTitle, r.Needs,
            language, r.TicketType!.Name.In(language), r.Status.ToString(), rank, r.BadgeCode, r.CreatedAt, r.ConsentGivenAt,
            r.ConsentConfirmedBy is null ? "registration-form" : "list-imported-by-organizer", r.UpdatedAt, r.CancelledAt,
            agenda.Select(s => new ExportedSession(s.Id, language == "en" ? s.TitleEn : s.TitleFr, s.StartsAt, s.Room)).ToList(),
            checkIns.OrderBy(c => c.AtUtc).ToList(), emails)
        {
            Answers = (await Questions.RegistrationAnswers.OfAsync(db, r.Id, ct)).Where(a => a.Answer is not null)
                .Select(a => new ExportedAnswer(a.Question.Label.In(language),
                    Questions.AnswerRules.Display(a.Question, a.Answer!, language, CultureInfo.GetCultureInfo(language == "en" ? "en-CA" : "fr-CA"),
                        language == "en" ? "yes" : "oui", language == "en" ? "no" : "non")))
                .ToList(),
        };
    }
}
