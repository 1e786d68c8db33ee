using EventHub.Core.Data;
using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>A question as the organizer's list shows it, with the number of registrations that answered it.</summary>
public sealed record QuestionRow(FormQuestion Question, int Answers)
{
    /// <summary>A question anyone answered is kept (its answers read it): it can only be hidden.</summary>
    public bool Deletable => Answers == 0;

    public QuestionDraft ToDraft() => new(Question.Kind, Question.Label.French, Question.Label.English, Question.Help.French, Question.Help.English,
        Question.IsRequired, Question.TicketTypeIds, Question.Offered.Select(o => new OptionDraft(o.Id, o.Label.French, o.Label.English)).ToList());
}

/// <summary>Lists a conference's questions in form order for the organizer.</summary>
public sealed class QuestionList(IDbContextFactory<EventHubDbContext> factory)
{
    public async Task<IReadOnlyList<QuestionRow>> ListAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var questions = await QuestionSheet.ReadAsync(db, eventId, ct);
        var counts = await db.Answers.AsNoTracking()
            .Where(a => db.Questions.Any(q => q.Id == a.QuestionId && q.EventId == eventId))
            .GroupBy(a => a.QuestionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return questions.Select(q => new QuestionRow(q, counts.GetValueOrDefault(q.Id))).ToList();
    }
}
