using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Questions;

/// <summary>The question use cases on a test database, sharing the registrations' question sheet so a change is seen at once.</summary>
public sealed class TestQuestions
{
    public TestQuestions(TestDatabase database, WriteGate gate, QuestionSheet sheet)
    {
        var writes = new QuestionWrites(database.Factory, gate, sheet);
        List = new QuestionList(database.Factory);
        Creation = new QuestionCreation(writes);
        Edit = new QuestionEdit(writes);
        Deletion = new QuestionDeletion(writes);
        Hiding = new QuestionHiding(writes);
        Reorder = new QuestionReorder(writes);
        Editing = new AnswerEditing(database.Factory, gate);
        Answers = new RegistrationAnswers(database.Factory);
    }

    public QuestionList List { get; }
    public QuestionCreation Creation { get; }
    public QuestionEdit Edit { get; }
    public QuestionDeletion Deletion { get; }
    public QuestionHiding Hiding { get; }
    public QuestionReorder Reorder { get; }
    public AnswerEditing Editing { get; }
    public RegistrationAnswers Answers { get; }

    public static QuestionDraft Choice(string label = "Repas", bool required = true, QuestionKind kind = QuestionKind.SingleChoice, params int[] tickets) =>
        new(kind, label, label + " (en)", "Choisissez", "Choose", required, tickets,
            [new OptionDraft(null, "Végétarien", "Vegetarian"), new OptionDraft(null, "Sans gluten", "Gluten-free"), new OptionDraft(null, "Aucune restriction", "None")]);

    public static QuestionDraft Text(string label = "Besoins", bool required = false, QuestionKind kind = QuestionKind.LongText) =>
        new(kind, label, label + " (en)", null, null, required, [], []);

    public static Dictionary<int, IReadOnlyList<string>> Posted(params (int QuestionId, string[] Values)[] values) =>
        values.ToDictionary(v => v.QuestionId, v => (IReadOnlyList<string>)v.Values);
}
