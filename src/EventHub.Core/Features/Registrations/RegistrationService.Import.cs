using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;
using Entity = EventHub.Core.Domain.Registration;

namespace EventHub.Core.Features.Registrations;

/// <summary>What an import did: rows seated, rows put on the waitlist, rows skipped because the e-mail was already registered.</summary>
public sealed record ImportReport(int Confirmed, int Waitlisted, int AlreadyRegistered);

public sealed record ImportOptions(int TicketTypeId, bool ConsentConfirmed, bool SendEmails);

public sealed partial class RegistrationService
{
    public const int ImportBatchSize = 500;

    /// <summary>
    /// Registers a validated list (see <see cref="AttendeeImport"/>) with the same seat logic as a
    /// registration: each row takes a seat of its ticket type and of the event by a conditional UPDATE,
    /// or gets the next waitlist position. The sale window does not apply (the organizer adds these
    /// people), the quotas do. An e-mail that already has an active registration is skipped and counted,
    /// so importing the same file again adds nobody. Rows are written in transactions of
    /// <see cref="ImportBatchSize"/> under the write gate, each with its outbox e-mails.
    /// </summary>
    public async Task<Result<ImportReport>> ImportAsync(IReadOnlyList<ImportedAttendee> rows, ImportOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (!options.ConsentConfirmed)
        {
            return new ValidationError("Consent", "Import.ConsentRequired");
        }
        var context = await TicketContextAsync(options.TicketTypeId, ct);
        if (context is null)
        {
            return new NotFoundError("Registration.UnknownTicket");
        }
        var report = new ImportReport(0, 0, 0);
        for (var start = 0; start < rows.Count; start += ImportBatchSize)
        {
            var batch = rows.Skip(start).Take(ImportBatchSize).ToList();
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var done = await ImportBatchAsync(batch, context, options.SendEmails, ct);
                    report = new ImportReport(report.Confirmed + done.Confirmed, report.Waitlisted + done.Waitlisted, report.AlreadyRegistered + done.AlreadyRegistered);
                    break;
                }
                catch (DbUpdateException exception) when (UniqueViolation.Is(exception) && attempt < 2)
                {
                    // Someone registered one of these e-mails at the same moment (another instance): the batch is replayed and skips them.
                }
            }
            progress?.Report(Math.Min(rows.Count, start + ImportBatchSize));
        }
        return report;
    }

    private async Task<ImportReport> ImportBatchAsync(List<ImportedAttendee> batch, TicketContext context, bool sendEmails, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var prepared = batch.Select(row => (row.Details, Token: SecureTokens.NewToken(), BadgeCode: SecureTokens.NewBadgeCode())).ToList();
        // Written before taking the write lock, as for a single registration: the seat is the common case.
        var confirmedMails = sendEmails
            ? prepared.AsParallel().AsOrdered().Select(p => composer.Compose(new Letter(LetterKind.Confirmed, p.Details.FirstName.Trim(), p.Details.LastName.Trim(),
                p.Details.Email.Trim(), Language(p.Details), context.Ticket, context.Event, p.Token, p.BadgeCode, null))).ToList()
            : null;
        var emails = prepared.Select(p => SearchText.Email(p.Details.Email)).ToList();
        using (await gate.EnterAsync(ct))
        {
            var result = await InTransactionAsync<ImportReport>(async db =>
            {
                var existing = (await db.Registrations.AsNoTracking()
                    .Where(r => r.EventId == context.EventId && r.Status != RegistrationStatus.Cancelled && emails.Contains(r.NormalizedEmail!))
                    .Select(r => r.NormalizedEmail!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
                var added = new List<(Entity Registration, int Index, bool Seated, string Token)>();
                var transaction = db.Database.CurrentTransaction!;
                for (var i = 0; i < prepared.Count; i++)
                {
                    if (existing.Contains(emails[i]))
                    {
                        continue;
                    }
                    var (details, token, badgeCode) = prepared[i];
                    var seated = await TakeSeatAsync(db, context.TicketTypeId, context.EventId, now, ct, saleWindow: false);
                    await transaction.ReleaseSavepointAsync("seat", ct);
                    var registration = new Entity(context.EventId, context.TicketTypeId, details, badgeCode, SecureTokens.Hash(token), now, now);
                    if (seated)
                    {
                        registration.Confirm(now);
                    }
                    else
                    {
                        await db.TicketTypes.Where(t => t.Id == context.TicketTypeId)
                            .ExecuteUpdateAsync(s => s.SetProperty(t => t.WaitlistIssued, t => t.WaitlistIssued + 1), ct);
                        registration.Waitlist(await db.TicketTypes.Where(t => t.Id == context.TicketTypeId).Select(t => t.WaitlistIssued).FirstAsync(ct), now);
                    }
                    added.Add((registration, i, seated, token));
                }
                db.Registrations.AddRange(added.Select(a => a.Registration));
                await db.SaveChangesAsync(ct);
                if (sendEmails)
                {
                    var firstNew = added.Where(a => !a.Seated).Min(a => a.Registration.WaitlistPosition);
                    var waitingAhead = firstNew is null ? 0
                        : await db.Registrations.CountAsync(r => r.TicketTypeId == context.TicketTypeId && r.Status == RegistrationStatus.Waitlisted && r.WaitlistPosition < firstNew, ct);
                    foreach (var (registration, index, seated, token) in added)
                    {
                        var mail = seated
                            ? confirmedMails![index]
                            : composer.Compose(new Letter(LetterKind.Waitlisted, registration.FirstName, registration.LastName, registration.Email,
                                registration.PreferredLanguage, context.Ticket, context.Event, token, null, ++waitingAhead));
                        db.OutboxMessages.Add(new OutboxMessage(seated ? "confirmation" : "waitlisted", registration.Id, mail, now));
                    }
                    await db.SaveChangesAsync(ct);
                }
                return new ImportReport(added.Count(a => a.Seated), added.Count(a => !a.Seated), prepared.Count - added.Count);
            }, ct);
            return result.Value!;
        }
    }
}
