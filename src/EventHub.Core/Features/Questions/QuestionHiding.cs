using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>Hides a question from the forms (its answers stay readable) or asks it again.</summary>
public sealed class QuestionHiding(QuestionWrites writes)
{
    public Task<Result<bool>> HideAsync(int eventId, int questionId, CancellationToken ct = default) => SetAsync(eventId, questionId, hidden: true, ct);

    public Task<Result<bool>> ShowAsync(int eventId, int questionId, CancellationToken ct = default) => SetAsync(eventId, questionId, hidden: false, ct);

    private Task<Result<bool>> SetAsync(int eventId, int questionId, bool hidden, CancellationToken ct) =>
        writes.RunAsync<bool>(eventId, async db =>
        {
            var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && q.EventId == eventId, ct);
            if (question is null)
            {
                return new NotFoundError("Questions.NotFound");
            }
            if (hidden)
            {
                question.Hide();
            }
            else
            {
                question.Show();
            }
            return hidden;
        }, ct);
}
