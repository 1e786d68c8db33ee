using System.Globalization;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Features.Tickets;
using EventHub.Core.Security;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Registrations;

public sealed record RegistrationRequest(int TicketTypeId, AttendeeDetails Details, bool ConsentGiven)
{
    /// <summary>The conference whose form was posted: a ticket type of another conference is refused as unknown.</summary>
    public int? EventId { get; init; }

    /// <summary>The access code typed or brought by the link (<c>/register?code=…</c>); a hidden ticket type needs one with a use left.</summary>
    public string? AccessCode { get; init; }

    /// <summary>The form's answers to the conference's questions, as posted: each question's values by its id (<see cref="AnswerRules"/>).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> Answers { get; init; } = new Dictionary<int, IReadOnlyList<string>>();

    /// <summary>The culture the answers were typed in (a number reads « 12,5 » in French); the current culture when null.</summary>
    public CultureInfo? Culture { get; init; }
}

public enum RegistrationOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>The e-mail already had an active registration: nothing new, a new private link was e-mailed.</summary>
    AlreadyRegistered,
}

/// <summary>
/// The result of a registration. The page shows the same thing for every outcome (nobody can probe
/// who is registered); the token is for the e-mail, never for the page.
/// </summary>
public sealed record RegistrationReceipt(RegistrationOutcome Outcome, int RegistrationId, string ManageToken, int? WaitlistRank);

/// <summary>
/// Registers an attendee from the public form. Seats are decided by the database: in one transaction, a
/// conditional UPDATE takes a seat of the ticket type (Sold &lt; Quota, sale open) and another a seat of
/// the event (ConfirmedCount &lt; Capacity); if either finds none, both are undone and the attendee gets
/// the next waitlist number, also handed out by a conditional UPDATE. The e-mail is queued in the outbox
/// in the same transaction, which the <see cref="RegistrationWriter"/> shares with the registrations
/// that arrive at the same moment.
/// The answers to the conference's questions are checked first (<see cref="AnswerRules"/>) and inserted with the registration.
/// </summary>
public sealed class Registrar(TicketSales sales, RegistrationWriter writer, QuestionSheet questions, TimeProvider time)
{
    public async Task<Result<RegistrationReceipt>> RegisterAsync(RegistrationRequest request, CancellationToken ct = default)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }
        var sale = await sales.FindAsync(request.TicketTypeId, ct);
        if (sale is null || (request.EventId is { } eventId && sale.EventId != eventId))
        {
            return new NotFoundError("Registration.UnknownTicket");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (!sale.OnSale(now))
        {
            return new ConflictError("Registration.NotOnSale");
        }
        string? code = null;
        if (sale.Hidden && (code = AccessCodes.Normalize(request.AccessCode)) is null)
        {
            return new ValidationError(nameof(RegistrationRequest.AccessCode), "Registration.CodeRequired");
        }
        var answers = AnswerRules.Check(await questions.ForEventAsync(sale.EventId, ct), sale.TicketTypeId, request.Answers, request.Culture ?? CultureInfo.CurrentCulture);
        if (!answers.Passed)
        {
            return answers.Errors[0];
        }
        var token = SecureTokens.NewToken();
        for (var attempt = 0; ; attempt++)
        {
            var badgeCode = SecureTokens.NewBadgeCode();
            var written = await writer.WriteAsync(commands => Decide(commands, request, sale, code, answers.Answers, token, badgeCode, now), ct);
            if (written is { } result)
            {
                return result;
            }
            if (attempt == 2)
            {
                return new ConflictError("Registration.TryAgain");
            }
            // Another instance registered the same e-mail (or drew the same code) at the same moment: try again, it will be found.
        }
    }

    /// <summary>
    /// Decides one registration, in the writer's transaction: a new private link for an e-mail already registered, else
    /// (for a hidden type, once its access code gave a use) a seat or the next waitlist number. A refusal rolls back
    /// the registration's savepoint, and with it the code's use.
    /// </summary>
    private static Result<RegistrationReceipt> Decide(RegistrationCommands commands, RegistrationRequest request, TicketSale sale, string? code, IReadOnlyList<AnswerValue> answers, string token, string badgeCode, DateTime now)
    {
        if (commands.ActiveRegistrationId(sale.EventId, SearchText.Email(request.Details.Email)) is { } existing)
        {
            commands.ReissueLink(existing, token, now);
            return new RegistrationReceipt(RegistrationOutcome.AlreadyRegistered, existing, token, null);
        }
        int? codeId = null;
        if (code is not null && (codeId = commands.TakeCodeUse(sale.EventId, sale.TicketTypeId, code)) is null)
        {
            return new ValidationError(nameof(RegistrationRequest.AccessCode), "Registration.CodeInvalid");
        }
        var seated = commands.TakeSeat(sale.TicketTypeId, sale.EventId, now, coded: codeId is not null);
        var registration = new Registration(sale.EventId, sale.TicketTypeId, request.Details, badgeCode, SecureTokens.Hash(token), now, now);
        if (codeId is { } redeemed)
        {
            registration.Redeem(redeemed);
        }
        int? rank = null;
        if (seated)
        {
            registration.Confirm(now);
        }
        else
        {
            if (commands.NextWaitlistNumber(sale.TicketTypeId, now, coded: codeId is not null) is not { } number)
            {
                return new ConflictError("Registration.NotOnSale");
            }
            registration.Waitlist(number, now);
            rank = commands.WaitlistRank(sale.TicketTypeId, number);
        }
        var id = commands.Insert(registration);
        foreach (var answer in answers)
        {
            commands.Insert(answer.ToAnswer(id));
        }
        commands.QueueLetter(id, seated ? LetterKind.Confirmed : LetterKind.Waitlisted, token, now);
        return new RegistrationReceipt(seated ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted, id, token, rank);
    }

    private static ValidationError? Validate(RegistrationRequest request) =>
        !request.ConsentGiven ? new ValidationError("Consent", "Registration.ConsentRequired") : AttendeeRules.Validate(request.Details);
}
