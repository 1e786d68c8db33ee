using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>A question with one registration's answer to it, if any; <see cref="Asked"/> when the forms ask it of the registration now.</summary>
public sealed record AnsweredQuestion(FormQuestion Question, AnswerValue? Answer, bool Asked);

/// <summary>A conference's questions and every registration's answers, for the CSV export.</summary>
public sealed record AnswerTable(IReadOnlyList<FormQuestion> Questions, IReadOnlyDictionary<int, IReadOnlyDictionary<int, AnswerValue>> ByRegistration)
{
    public AnswerValue? Of(int registrationId, int questionId) =>
        ByRegistration.TryGetValue(registrationId, out var answers) ? answers.GetValueOrDefault(questionId) : null;
}

/// <summary>Reads registrations' answers: one registration's (its page, its private link, its data download), or a conference's.</summary>
public sealed class RegistrationAnswers(IDbContextFactory<EventHubDbContext> factory)
{
    /// <summary>
    /// The questions asked of the registration's ticket type, with its answers, in form order; a hidden question or
    /// one no longer asked of the type is listed only when it was answered.
    /// </summary>
    public async Task<IReadOnlyList<AnsweredQuestion>> OfAsync(int registrationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await OfAsync(db, registrationId, ct);
    }

    public static async Task<IReadOnlyList<AnsweredQuestion>> OfAsync(EventHubDbContext db, int registrationId, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().Where(r => r.Id == registrationId)
            .Select(r => new { r.EventId, r.TicketTypeId }).FirstOrDefaultAsync(ct);
        if (registration is null)
        {
            return [];
        }
        var questions = await QuestionSheet.ReadAsync(db, registration.EventId, ct);
        var answers = (await db.Answers.AsNoTracking().Where(a => a.RegistrationId == registrationId).ToListAsync(ct))
            .ToDictionary(a => a.QuestionId, AnswerValue.Of);
        return questions.Where(q => q.AskedOf(registration.TicketTypeId) || answers.ContainsKey(q.Id))
            .Select(q => new AnsweredQuestion(q, answers.GetValueOrDefault(q.Id), q.AskedOf(registration.TicketTypeId)))
            .ToList();
    }

    public async Task<AnswerTable> OfEventAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var questions = await QuestionSheet.ReadAsync(db, eventId, ct);
        var answers = await db.Answers.AsNoTracking()
            .Where(a => db.Registrations.Any(r => r.Id == a.RegistrationId && r.EventId == eventId))
            .ToListAsync(ct);
        return new AnswerTable(questions, answers.GroupBy(a => a.RegistrationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, AnswerValue>)g.ToDictionary(a => a.QuestionId, AnswerValue.Of)));
    }
}
