using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Questions;
using EventHub.Tests.Events;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Questions;

/// <summary>A new conference asks the needs question by default; next year's edition copies the questions and access codes, not the answers.</summary>
public abstract class QuestionEditionTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : QuestionEditionTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : QuestionEditionTests(DatabaseProvider.PostgreSql);

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestConferences _conferences = null!;
    private TestQuestions _questions = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var gate = new WriteGate(_database.Settings);
        _conferences = new TestConferences(_database, gate);
        _questions = new TestQuestions(_database, gate, new QuestionSheet(_database.Factory, _time));
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_conference_asks_the_optional_needs_question_in_both_languages()
    {
        var id = (await _conferences.Creation.CreateAsync(TestConferences.Details())).Value;

        var question = Assert.Single(await _questions.List.ListAsync(id)).Question;
        Assert.Equal((QuestionKind.LongText, false, false), (question.Kind, question.IsRequired, question.IsHidden));
        Assert.Equal("Besoins d'accessibilité ou alimentaires", question.Label.French);
        Assert.Equal("Accessibility or dietary needs", question.Label.English);
        Assert.Empty(question.TicketTypeIds);
    }

    [Fact]
    public async Task The_next_edition_copies_questions_options_and_access_codes_without_answers_or_uses()
    {
        var sourceId = (await _conferences.Creation.CreateAsync(TestConferences.Details())).Value;
        int studentId;
        await using (var db = _database.NewContext())
        {
            var regular = new TicketType(sourceId, "Régulier", "Regular", 100, TestData.Now.AddDays(-1), TestData.Now.AddDays(30));
            var student = new TicketType(sourceId, "Étudiant", "Student", 10, TestData.Now.AddDays(-1), TestData.Now.AddDays(30));
            student.ShowPublicly(false);
            db.TicketTypes.AddRange(regular, student);
            await db.SaveChangesAsync();
            studentId = student.Id;
            db.AccessCodes.Add(new AccessCode(sourceId, student.Id, "ABCDEFGHJK", 10, TestData.Now));
            await db.SaveChangesAsync();
            await db.AccessCodes.ExecuteUpdateAsync(c => c.SetProperty(x => x.Uses, 3));
        }
        var meal = (await _questions.Creation.CreateAsync(sourceId, TestQuestions.Choice("Repas", tickets: studentId))).Value;
        var draft = (await _questions.List.ListAsync(sourceId)).Single(r => r.Question.Id == meal).ToDraft();
        await using (var db = _database.NewContext())
        {
            // Someone answered, so dropping an option retires it.
            var registration = TestData.Registration(await db.Events.SingleAsync(e => e.Id == sourceId), await db.TicketTypes.SingleAsync(t => t.Id == studentId), "lea@test.example");
            db.Registrations.Add(registration);
            await db.SaveChangesAsync();
            db.Answers.Add(new Answer(registration.Id, meal, null, null, null, [draft.Options[0].Id!.Value]));
            await db.SaveChangesAsync();
        }
        Assert.True((await _questions.Edit.EditAsync(sourceId, meal, draft with { Options = draft.Options.Skip(1).ToList() })).Succeeded);

        var copy = await _conferences.Copy.CopyAsync(sourceId, new EditionCopyRequest("sommet-levis-2028", "Sommet 2028", "Summit 2028", new DateOnly(2028, 5, 10), CopySpeakers: false));
        Assert.True(copy.Succeeded, copy.Error?.Code);

        var copied = await _questions.List.ListAsync(copy.Value);
        Assert.Equal(["Besoins d'accessibilité ou alimentaires", "Repas"], copied.Select(r => r.Question.Label.French));
        var copiedMeal = copied[1];
        Assert.Equal(0, copiedMeal.Answers);
        Assert.Equal(["Sans gluten", "Aucune restriction"], copiedMeal.Question.Options.Select(o => o.Label.French));
        await using var check = _database.NewContext();
        var newStudent = await check.TicketTypes.SingleAsync(t => t.EventId == copy.Value && t.NameFr == "Étudiant");
        Assert.True(newStudent.IsHidden);
        Assert.Equal([newStudent.Id], copiedMeal.Question.TicketTypeIds);
        var code = await check.AccessCodes.SingleAsync(c => c.EventId == copy.Value);
        Assert.Equal(("ABCDEFGHJK", newStudent.Id, 10, 0), (code.Code, code.TicketTypeId, code.MaxUses, code.Uses));

        // Independent afterwards: editing the copy leaves the original as it was.
        Assert.True((await _questions.Deletion.DeleteAsync(copy.Value, copiedMeal.Question.Id)).Succeeded);
        Assert.Equal(2, (await _questions.List.ListAsync(sourceId)).Count);
        Assert.Equal(1, await check.Answers.CountAsync());
    }
}
