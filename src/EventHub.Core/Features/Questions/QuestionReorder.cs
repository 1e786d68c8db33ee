using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>Moves a question one place up or down the registration form; the arrows of the organizer's list call it.</summary>
public sealed class QuestionReorder(QuestionWrites writes)
{
    /// <param name="offset">-1 moves it up (earlier on the form), +1 down.</param>
    /// <returns>Its new index in the list (0 first).</returns>
    public Task<Result<int>> MoveAsync(int eventId, int questionId, int offset, CancellationToken ct = default) =>
        writes.RunAsync<int>(eventId, async db =>
        {
            var questions = await db.Questions.Where(q => q.EventId == eventId)
                .OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(ct);
            var index = questions.FindIndex(q => q.Id == questionId);
            if (index < 0)
            {
                return new NotFoundError("Questions.NotFound");
            }
            var target = Math.Clamp(index + Math.Sign(offset), 0, questions.Count - 1);
            var moved = questions[index];
            questions.RemoveAt(index);
            questions.Insert(target, moved);
            for (var i = 0; i < questions.Count; i++)
            {
                questions[i].PlaceAt(i + 1);
            }
            return target;
        }, ct);
}
