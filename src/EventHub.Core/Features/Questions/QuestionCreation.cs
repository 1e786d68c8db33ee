using EventHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Features.Questions;

/// <summary>Adds a question to a conference's registration form, last.</summary>
public sealed class QuestionCreation(QuestionWrites writes)
{
    public Task<Result<int>> CreateAsync(int eventId, QuestionDraft draft, CancellationToken ct = default) =>
        writes.RunAsync<int>(eventId, async db =>
        {
            if (!await db.Events.AnyAsync(e => e.Id == eventId, ct))
            {
                return new NotFoundError("Questions.NotFound");
            }
            if ((draft.Validate() ?? await TicketTypesOf(db, eventId, draft, ct)) is { } invalid)
            {
                return invalid;
            }
            var last = await db.Questions.Where(q => q.EventId == eventId).MaxAsync(q => (int?)q.Position, ct) ?? 0;
            var question = Add(db, eventId, draft, last + 1);
            await db.SaveChangesAsync(ct);
            return question.Id;
        }, ct);

    /// <summary>Adds the draft's question and options to the context (the default question of a new conference comes this way too).</summary>
    internal static Question Add(Data.EventHubDbContext db, int eventId, QuestionDraft draft, int position)
    {
        var question = new Question(eventId, draft.Kind, draft.Label, draft.Help, draft.IsRequired, position);
        question.AskFor(draft.TicketTypeIds);
        var index = 0;
        foreach (var option in draft.KeptOptions)
        {
            question.Options.Add(new QuestionOption(new LocalizedText(option.LabelFr, option.LabelEn), ++index));
        }
        db.Questions.Add(question);
        return question;
    }

    /// <summary>Refuses a ticket type of another conference.</summary>
    internal static async Task<ValidationError?> TicketTypesOf(Data.EventHubDbContext db, int eventId, QuestionDraft draft, CancellationToken ct)
    {
        if (draft.TicketTypeIds.Count == 0)
        {
            return null;
        }
        var ids = draft.TicketTypeIds.Distinct().ToList();
        var known = await db.TicketTypes.CountAsync(t => t.EventId == eventId && ids.Contains(t.Id), ct);
        return known == ids.Count ? null : new ValidationError(nameof(QuestionDraft.TicketTypeIds), "Tickets.NotFound");
    }
}
