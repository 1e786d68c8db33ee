using System.Globalization;
using EventHub.Core.Data;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>
/// Changes a registration's answers through its private link, by the rules the registration form follows
/// (<see cref="AnswerRules"/>). The answers to the questions asked of its ticket type are replaced as a whole, in one
/// transaction; an answer to a question no longer asked stays as it was.
/// </summary>
public sealed class AnswerEditing(IDbContextFactory<EventHubDbContext> factory, WriteGate gate)
{
    /// <returns>The registration's id, or the first refusal (a page shows all of them by running <see cref="AnswerRules"/> itself).</returns>
    public async Task<Result<int>> SaveByTokenAsync(string token, IReadOnlyDictionary<int, IReadOnlyList<string>> posted, CultureInfo culture,
        CancellationToken ct = default)
    {
        if (!RegistrationPortal.LooksLikeToken(token))
        {
            return new NotFoundError("Registration.NotFound");
        }
        var hash = SecureTokens.Hash(token);
        using (await gate.EnterAsync(ct))
        {
            return await factory.RunAsync<int>(async db =>
            {
                var registration = await db.Registrations.AsNoTracking()
                    .Where(r => r.ManageTokenHash == hash && r.ErasedAt == null)
                    .Select(r => new { r.Id, r.EventId, r.TicketTypeId }).FirstOrDefaultAsync(ct);
                if (registration is null)
                {
                    return new NotFoundError("Registration.NotFound");
                }
                var questions = await QuestionSheet.ReadAsync(db, registration.EventId, ct);
                var check = AnswerRules.Check(questions, registration.TicketTypeId, posted, culture);
                if (!check.Passed)
                {
                    return check.Errors[0];
                }
                var asked = questions.Where(q => q.AskedOf(registration.TicketTypeId)).Select(q => q.Id).ToList();
                await db.Answers.Where(a => a.RegistrationId == registration.Id && asked.Contains(a.QuestionId)).ExecuteDeleteAsync(ct);
                db.Answers.AddRange(check.Answers.Select(a => a.ToAnswer(registration.Id)));
                await db.SaveChangesAsync(ct);
                return registration.Id;
            }, ct);
        }
    }
}
