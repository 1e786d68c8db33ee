using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Security;
using EventHub.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Registrations;

/// <summary>What an import did: rows seated, rows put on the waitlist, rows skipped because the e-mail was already registered.</summary>
public sealed record ImportReport(int Confirmed, int Waitlisted, int AlreadyRegistered);

/// <summary>
/// How to import: into which ticket type, whether to e-mail each person, and who confirmed that the
/// people on the list consented to their data being used for the event (an organizer's user name,
/// stored on each row they import; without it nothing is imported).
/// </summary>
public sealed record ImportOptions(int TicketTypeId, string? ConsentConfirmedBy, bool SendEmails);

/// <summary>
/// Registers a validated list (see <see cref="AttendeeImport"/>) with the same seat logic as a
/// registration: each row takes a seat of its ticket type and of the event by a conditional UPDATE,
/// or gets the next waitlist number. The sale window does not apply (the organizer adds these
/// people), the quotas do. An e-mail that already has an active registration is skipped and counted,
/// so importing the same file again adds nobody. Rows are written in transactions of
/// <see cref="BatchSize"/> under the write gate, each with its outbox e-mails.
/// </summary>
public sealed class RegistrationImport(TicketSales sales, IDbContextFactory<EventHubDbContext> factory, WriteGate gate, OutboxSignal outbox, TimeProvider time)
{
    public const int BatchSize = 500;

    public async Task<Result<ImportReport>> ImportAsync(IReadOnlyList<ImportedAttendee> rows, ImportOptions options, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(options.ConsentConfirmedBy))
        {
            return new ValidationError("Consent", "Import.ConsentRequired");
        }
        var sale = await sales.FindAsync(options.TicketTypeId, ct);
        if (sale is null)
        {
            return new NotFoundError("Registration.UnknownTicket");
        }
        var report = new ImportReport(0, 0, 0);
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var batch = rows.Skip(start).Take(BatchSize).ToList();
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    var done = await ImportBatchAsync(batch, sale, options, ct);
                    report = new ImportReport(report.Confirmed + done.Confirmed, report.Waitlisted + done.Waitlisted, report.AlreadyRegistered + done.AlreadyRegistered);
                    break;
                }
                catch (Exception exception) when (UniqueViolation.Is(exception) && attempt < 2)
                {
                    // Someone registered one of these e-mails between the batch's read and its insert (another instance, on an
                    // engine where the read takes no lock: SQL Server, PostgreSQL). The batch was rolled back; it is replayed,
                    // reads again and skips them. The writer's commands throw the provider's own exception, not a DbUpdateException.
                }
            }
            progress?.Report(Math.Min(rows.Count, start + BatchSize));
        }
        return report;
    }

    private async Task<ImportReport> ImportBatchAsync(List<ImportedAttendee> batch, TicketSale sale, ImportOptions options, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var prepared = batch.Select(row => (row.Details, Token: SecureTokens.NewToken(), BadgeCode: SecureTokens.NewBadgeCode(), row.Answers)).ToList();
        var emails = prepared.Select(p => SearchText.Email(p.Details.Email)).ToList();
        using (await gate.EnterAsync(ct))
        {
            var result = await factory.RunAndNotifyAsync<ImportReport>(outbox, async db =>
            {
                var existing = (await db.Registrations.AsNoTracking()
                    .Where(r => r.EventId == sale.EventId && r.Status != RegistrationStatus.Cancelled && emails.Contains(r.NormalizedEmail!))
                    .Select(r => r.NormalizedEmail!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
                // Answers are kept for the questions asked of the ticket type imported into.
                var asked = (await Questions.QuestionSheet.ReadAsync(db, sale.EventId, ct)).Where(q => q.AskedOf(sale.TicketTypeId)).Select(q => q.Id).ToHashSet();
                using var commands = new RegistrationCommands(db);
                var (seats, waiting) = (0, 0);
                for (var i = 0; i < prepared.Count; i++)
                {
                    // Skips an e-mail registered already, and the second of two rows with the same e-mail.
                    if (!existing.Add(emails[i]))
                    {
                        continue;
                    }
                    var (details, token, badgeCode, answers) = prepared[i];
                    var registration = new Registration(sale.EventId, sale.TicketTypeId, details, badgeCode, SecureTokens.Hash(token), now, now, options.ConsentConfirmedBy);
                    var seated = commands.TakeSeat(sale.TicketTypeId, sale.EventId, now, saleWindow: false);
                    if (seated)
                    {
                        registration.Confirm(now);
                        seats++;
                    }
                    else
                    {
                        registration.Waitlist(commands.NextWaitlistNumber(sale.TicketTypeId, now, saleWindow: false)!.Value, now);
                        waiting++;
                    }
                    var id = commands.Insert(registration);
                    foreach (var answer in answers.Where(a => asked.Contains(a.QuestionId)))
                    {
                        commands.Insert(answer.ToAnswer(id));
                    }
                    if (options.SendEmails)
                    {
                        commands.QueueLetter(id, seated ? LetterKind.Confirmed : LetterKind.Waitlisted, token, now);
                    }
                }
                return new ImportReport(seats, waiting, prepared.Count - seats - waiting);
            }, ct);
            return result.Value!;
        }
    }
}
