using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// What organizers do to one registration besides cancelling it (<see cref="RegistrationCancellation"/>):
/// correct its details (the private link corrects through the same rule) and e-mail a new private link.
/// </summary>
public sealed class RegistrationCorrections(IDbContextFactory<EventHubDbContext> factory, WriteGate gate, OutboxSignal outbox, TimeProvider time)
{
    /// <summary>
    /// Corrects an attendee's details, for an organizer or for the attendee through the private link.
    /// An e-mail already used by another active registration of the event is refused.
    /// </summary>
    public async Task<Result<int>> CorrectAsync(int registrationId, AttendeeDetails details, CancellationToken ct = default)
    {
        if (AttendeeRules.Validate(details) is { } invalid)
        {
            return invalid;
        }
        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            using (await gate.EnterAsync(ct))
            {
                return await factory.RunAndNotifyAsync<int>(outbox, async db =>
                {
                    var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Id == registrationId && r.ErasedAt == null, ct);
                    if (registration is null)
                    {
                        return new NotFoundError("Registration.NotFound");
                    }
                    var email = SearchText.Email(details.Email);
                    if (registration.Status != RegistrationStatus.Cancelled && await db.Registrations.AnyAsync(r => r.Id != registrationId
                            && r.EventId == registration.EventId && r.NormalizedEmail == email && r.Status != RegistrationStatus.Cancelled, ct))
                    {
                        return new ValidationError("Email", "Registration.EmailTaken");
                    }
                    registration.Correct(details, now);
                    await db.SaveChangesAsync(ct);
                    return registration.Id;
                }, ct);
            }
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return new ValidationError("Email", "Registration.EmailTaken");
        }
    }

    /// <summary>
    /// E-mails the attendee a new private link. Only the old token's hash is stored, so it cannot be
    /// sent again: a new token replaces it (the old link stops working) and the letter goes to the outbox
    /// in the same transaction.
    /// </summary>
    public async Task<Result<int>> ResendLinkAsync(int registrationId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = SecureTokens.NewToken();
        using (await gate.EnterAsync(ct))
        {
            return await factory.RunAndNotifyAsync<int>(outbox, async db =>
            {
                var status = await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId && r.ErasedAt == null)
                    .Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync(ct);
                if (status is null)
                {
                    return new NotFoundError("Registration.NotFound");
                }
                if (status == RegistrationStatus.Cancelled)
                {
                    return new ConflictError("Registration.IsCancelled");
                }
                using var commands = new RegistrationCommands(db);
                commands.ReissueLink(registrationId, token, now);
                return registrationId;
            }, ct);
        }
    }
}
