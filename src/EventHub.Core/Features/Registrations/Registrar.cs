using EventHub.Core.Domain;
using EventHub.Core.Security;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Registrations;

public sealed record RegistrationRequest(int TicketTypeId, AttendeeDetails Details, bool ConsentGiven)
{
    /// <summary>The conference whose form was posted: a ticket type of another conference is refused as unknown.</summary>
    public int? EventId { get; init; }
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
/// </summary>
public sealed class Registrar(TicketSales sales, RegistrationWriter writer, TimeProvider time)
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
        var token = SecureTokens.NewToken();
        for (var attempt = 0; ; attempt++)
        {
            var badgeCode = SecureTokens.NewBadgeCode();
            var written = await writer.WriteAsync(commands => Decide(commands, request, sale, token, badgeCode, now), ct);
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

    /// <summary>Decides one registration, in the writer's transaction: a new private link for an e-mail already registered, else a seat or the next waitlist number.</summary>
    private static Result<RegistrationReceipt> Decide(RegistrationCommands commands, RegistrationRequest request, TicketSale sale, string token, string badgeCode, DateTime now)
    {
        if (commands.ActiveRegistrationId(sale.EventId, SearchText.Email(request.Details.Email)) is { } existing)
        {
            commands.ReissueLink(existing, token, now);
            return new RegistrationReceipt(RegistrationOutcome.AlreadyRegistered, existing, token, null);
        }
        var seated = commands.TakeSeat(sale.TicketTypeId, sale.EventId, now);
        var registration = new Registration(sale.EventId, sale.TicketTypeId, request.Details, badgeCode, SecureTokens.Hash(token), now, now);
        int? rank = null;
        if (seated)
        {
            registration.Confirm(now);
        }
        else
        {
            if (commands.NextWaitlistNumber(sale.TicketTypeId, now) is not { } number)
            {
                return new ConflictError("Registration.NotOnSale");
            }
            registration.Waitlist(number, now);
            rank = commands.WaitlistRank(sale.TicketTypeId, number);
        }
        var id = commands.Insert(registration);
        commands.QueueLetter(id, seated ? LetterKind.Confirmed : LetterKind.Waitlisted, token, now);
        return new RegistrationReceipt(seated ? RegistrationOutcome.Confirmed : RegistrationOutcome.Waitlisted, id, token, rank);
    }

    private static ValidationError? Validate(RegistrationRequest request) =>
        !request.ConsentGiven ? new ValidationError("Consent", "Registration.ConsentRequired") : AttendeeRules.Validate(request.Details);
}
