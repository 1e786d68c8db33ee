using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>
/// Deletes a question nobody answered, with its options. The check and the delete are one statement
/// (<c>DELETE … WHERE NOT EXISTS answer</c>), so an answer arriving at the same moment either comes first and keeps
/// the question, or finds it gone. A question with answers is refused: the organizer hides it instead.
/// </summary>
public sealed class QuestionDeletion(QuestionWrites writes)
{
    public Task<Result<bool>> DeleteAsync(int eventId, int questionId, CancellationToken ct = default) =>
        writes.RunAsync<bool>(eventId, async db =>
        {
            if (!await db.Questions.AnyAsync(q => q.Id == questionId && q.EventId == eventId, ct))
            {
                return new NotFoundError("Questions.NotFound");
            }
            await db.QuestionOptions.Where(o => o.QuestionId == questionId && !db.Answers.Any(a => a.QuestionId == questionId)).ExecuteDeleteAsync(ct);
            var deleted = await db.Questions
                .Where(q => q.Id == questionId && q.EventId == eventId && !db.Answers.Any(a => a.QuestionId == q.Id))
                .ExecuteDeleteAsync(ct);
            return deleted == 1 ? true : new ConflictError("Questions.HasAnswers");
        }, ct);
}
