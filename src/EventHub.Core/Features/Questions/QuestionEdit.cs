using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>
/// Changes a question and its options. Once it has answers, its kind stays (a text answer would not read as a
/// choice), and an option taken off the list is retired rather than deleted, so every old answer still reads
/// its choice; without answers an option taken off is simply deleted.
/// </summary>
public sealed class QuestionEdit(QuestionWrites writes)
{
    public Task<Result<int>> EditAsync(int eventId, int questionId, QuestionDraft draft, CancellationToken ct = default) =>
        writes.RunAsync<int>(eventId, async db =>
        {
            var question = await db.Questions.Include(q => q.Options).FirstOrDefaultAsync(q => q.Id == questionId && q.EventId == eventId, ct);
            if (question is null)
            {
                return new NotFoundError("Questions.NotFound");
            }
            if ((draft.Validate() ?? await QuestionCreation.TicketTypesOf(db, eventId, draft, ct)) is { } invalid)
            {
                return invalid;
            }
            var answered = await db.Answers.AnyAsync(a => a.QuestionId == questionId, ct);
            if (answered && draft.Kind != question.Kind)
            {
                return new ValidationError(nameof(QuestionDraft.Kind), "Questions.KindLocked");
            }
            var kept = draft.KeptOptions;
            if (kept.Any(o => o.Id is { } id && question.Options.All(existing => existing.Id != id)))
            {
                return new ValidationError(nameof(QuestionDraft.Options), "Questions.NotFound");
            }
            question.ChangeKind(draft.Kind);
            question.Describe(draft.Label, draft.Help, draft.IsRequired);
            question.AskFor(draft.TicketTypeIds);
            var position = 0;
            foreach (var option in kept)
            {
                var label = new LocalizedText(option.LabelFr, option.LabelEn);
                if (option.Id is { } id)
                {
                    var existing = question.Options.First(o => o.Id == id);
                    existing.Relabel(label);
                    existing.Offer();
                    existing.PlaceAt(++position);
                }
                else
                {
                    question.Options.Add(new QuestionOption(label, ++position));
                }
            }
            var keptIds = kept.Select(o => o.Id).OfType<int>().ToHashSet();
            foreach (var dropped in question.Options.Where(o => o.Id != 0 && !keptIds.Contains(o.Id)).ToList())
            {
                if (answered)
                {
                    dropped.Retire();
                    dropped.PlaceAt(++position);
                }
                else
                {
                    question.Options.Remove(dropped);
                    db.QuestionOptions.Remove(dropped);
                }
            }
            return question.Id;
        }, ct);
}
