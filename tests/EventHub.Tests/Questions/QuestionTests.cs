using EventHub.Core;
using System.Globalization;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Questions;

/// <summary>
/// The organizer's registration questions and the answers a registration gives them, on a real SQLite file: add,
/// edit, reorder, delete only without answers (else hide), answers stored with the registration, changed through the
/// private link, and wiped by erasure and the purge.
/// </summary>
public abstract class QuestionTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : QuestionTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : QuestionTests(DatabaseProvider.PostgreSql);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");
    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private TestQuestions _questions = null!;
    private Event _event = null!;
    private TicketType _regular = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        var gate = new WriteGate(_database.Settings);
        _registrations = new TestRegistrations(_database, _time, gate);
        _questions = new TestQuestions(_database, gate, _registrations.Questions);
        await using var db = _database.NewContext();
        (_event, _regular) = await TestData.EventWithTicketAsync(db);
    }

    public async Task DisposeAsync()
    {
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    private async Task<int> CreateAsync(QuestionDraft draft)
    {
        var result = await _questions.Creation.CreateAsync(_event.Id, draft);
        Assert.True(result.Succeeded, result.Error?.Code);
        return result.Value;
    }

    private async Task<Result<RegistrationReceipt>> RegisterAsync(string email, Dictionary<int, IReadOnlyList<string>> answers, int? ticketId = null) =>
        await _registrations.Registrar.RegisterAsync(new RegistrationRequest(ticketId ?? _regular.Id,
            new AttendeeDetails("Marie", "Tremblay", email, null, null, "fr"), ConsentGiven: true) { Answers = answers, Culture = French });

    [Fact]
    public async Task Questions_are_listed_in_form_order_with_their_options_and_move_with_the_arrows()
    {
        var meal = await CreateAsync(TestQuestions.Choice());
        var needs = await CreateAsync(TestQuestions.Text());

        Assert.Equal([meal, needs], (await _questions.List.ListAsync(_event.Id)).Select(r => r.Question.Id));
        Assert.Equal(["Végétarien", "Sans gluten", "Aucune restriction"],
            (await _questions.List.ListAsync(_event.Id))[0].Question.Options.Select(o => o.Label.French));

        Assert.Equal(0, (await _questions.Reorder.MoveAsync(_event.Id, needs, -1)).Value);
        Assert.Equal([needs, meal], (await _questions.List.ListAsync(_event.Id)).Select(r => r.Question.Id));
        // Already first: it stays.
        Assert.Equal(0, (await _questions.Reorder.MoveAsync(_event.Id, needs, -1)).Value);
        Assert.Equal(1, (await _questions.Reorder.MoveAsync(_event.Id, needs, +1)).Value);
        Assert.Equal([meal, needs], (await _questions.List.ListAsync(_event.Id)).Select(r => r.Question.Id));
    }

    [Fact]
    public async Task Bad_drafts_are_refused_under_their_field()
    {
        Assert.Equal(("LabelFr", "Validation.Required"), Field(await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Text() with { LabelFr = " " })));
        Assert.Equal(("LabelEn", "Validation.ControlCharacters"), Field(await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Text() with { LabelEn = "a\u0007" })));
        Assert.Equal(("Options", "Questions.OptionsTooFew"), Field(await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Choice() with { Options = [new OptionDraft(null, "Seul", "Only")] })));
        Assert.Equal(("Options.1.LabelEn", "Validation.Required"), Field(await _questions.Creation.CreateAsync(_event.Id,
            TestQuestions.Choice() with { Options = [new OptionDraft(null, "Un", "One"), new OptionDraft(null, "Deux", "")] })));
        Assert.Equal(("Options.1.LabelFr", "Questions.OptionDuplicate"), Field(await _questions.Creation.CreateAsync(_event.Id,
            TestQuestions.Choice() with { Options = [new OptionDraft(null, "Un", "One"), new OptionDraft(null, "un", "One again")] })));
        await using (var db = _database.NewContext())
        {
            var (other, otherTicket) = await TestData.EventWithTicketAsync(db);
            // A ticket type of another conference.
            Assert.Equal(("TicketTypeIds", "Tickets.NotFound"), Field(await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Choice(tickets: otherTicket.Id))));
        }
        await using var check = _database.NewContext();
        Assert.Equal(0, await check.Questions.CountAsync());
    }

    [Fact]
    public async Task A_registration_stores_its_answers_with_it_and_a_required_question_left_empty_registers_nobody()
    {
        var meal = await CreateAsync(TestQuestions.Choice());
        var allergies = await CreateAsync(TestQuestions.Text("Allergies"));
        var guests = await CreateAsync(TestQuestions.Text("Invités", kind: QuestionKind.Number));
        var mealOptions = (await _questions.List.ListAsync(_event.Id))[0].Question.Options;

        var refused = await RegisterAsync("refus@test.example", TestQuestions.Posted((allergies, ["Arachides"])));
        Assert.Equal(("Answers." + meal, "Answers.ChoiceRequired"), Field(refused));

        var accepted = await RegisterAsync("marie@test.example", TestQuestions.Posted(
            (meal, [mealOptions[1].Id.ToString(CultureInfo.InvariantCulture)]), (allergies, ["Arachides\nCrustacés"]), (guests, ["1,5"])));
        Assert.True(accepted.Succeeded, accepted.Error?.Code);

        await using var db = _database.NewContext();
        Assert.Equal(1, await db.Registrations.CountAsync());
        var answers = await _questions.Answers.OfAsync(accepted.Value!.RegistrationId);
        Assert.Equal([meal, allergies, guests], answers.Select(a => a.Question.Id));
        Assert.Equal([mealOptions[1].Id], answers[0].Answer!.OptionIds);
        Assert.Equal("Arachides\nCrustacés", answers[1].Answer!.Text);
        Assert.Equal(1.5m, answers[2].Answer!.Number);
    }

    [Fact]
    public async Task A_question_for_some_ticket_types_is_asked_only_of_them()
    {
        await using (var db = _database.NewContext())
        {
            db.TicketTypes.Add(new TicketType(_event.Id, "Étudiant", "Student", 10, TestData.Now.AddDays(-1), TestData.Now.AddDays(10)));
            await db.SaveChangesAsync();
        }
        await using var read = _database.NewContext();
        var student = await read.TicketTypes.SingleAsync(t => t.NameFr == "Étudiant");
        var school = await CreateAsync(TestQuestions.Text("École", required: true, kind: QuestionKind.ShortText) with { TicketTypeIds = [student.Id] });

        Assert.True((await RegisterAsync("regulier@test.example", TestQuestions.Posted())).Succeeded);
        Assert.Equal("Answers." + school, Field(await RegisterAsync("etudiant@test.example", TestQuestions.Posted(), student.Id)).Field);
        Assert.True((await RegisterAsync("etudiant@test.example", TestQuestions.Posted((school, ["Université Laval"])), student.Id)).Succeeded);
        Assert.Equal(1, await read.Answers.CountAsync());
    }

    [Fact]
    public async Task A_question_with_answers_cannot_be_deleted_only_hidden_and_keeps_its_kind_and_its_old_choices()
    {
        var meal = await CreateAsync(TestQuestions.Choice());
        var unused = await CreateAsync(TestQuestions.Text("Inutile"));
        var options = (await _questions.List.ListAsync(_event.Id))[0].Question.Options;
        var receipt = await RegisterAsync("marie@test.example", TestQuestions.Posted((meal, [options[2].Id.ToString(CultureInfo.InvariantCulture)])));
        Assert.True(receipt.Succeeded);

        Assert.Equal("Questions.HasAnswers", (await _questions.Deletion.DeleteAsync(_event.Id, meal)).Error!.Code);
        Assert.True((await _questions.Deletion.DeleteAsync(_event.Id, unused)).Succeeded);
        var row = Assert.Single(await _questions.List.ListAsync(_event.Id));
        Assert.False(row.Deletable);
        Assert.Equal(1, row.Answers);

        Assert.Equal(("Kind", "Questions.KindLocked"), Field(await _questions.Edit.EditAsync(_event.Id, meal, row.ToDraft() with { Kind = QuestionKind.ShortText })));
        // The organizer drops "Aucune restriction", which Marie chose: it is retired, no longer offered, and her answer still reads it.
        var edited = await _questions.Edit.EditAsync(_event.Id, meal, row.ToDraft() with { Options = [.. row.ToDraft().Options.Take(2), new OptionDraft(null, "Halal", "Halal")] });
        Assert.True(edited.Succeeded, edited.Error?.Code);
        var question = Assert.Single(await _questions.List.ListAsync(_event.Id)).Question;
        Assert.Equal(["Végétarien", "Sans gluten", "Halal"], question.Offered.Select(o => o.Label.French));
        var answer = Assert.Single(await _questions.Answers.OfAsync(receipt.Value!.RegistrationId));
        Assert.Equal("Aucune restriction", AnswerRules.Display(answer.Question, answer.Answer!, "fr", French, "Oui", "Non"));

        Assert.True((await _questions.Hiding.HideAsync(_event.Id, meal)).Succeeded);
        // Hidden: no longer asked, even though it is required.
        Assert.True((await RegisterAsync("paul@test.example", TestQuestions.Posted())).Succeeded);
    }

    [Fact]
    public async Task Options_of_a_question_without_answers_are_deleted_when_dropped()
    {
        var meal = await CreateAsync(TestQuestions.Choice());
        var draft = Assert.Single(await _questions.List.ListAsync(_event.Id)).ToDraft();

        Assert.True((await _questions.Edit.EditAsync(_event.Id, meal, draft with { Options = [draft.Options[2], draft.Options[0]] })).Succeeded);

        await using var db = _database.NewContext();
        Assert.Equal(["Aucune restriction", "Végétarien"], await db.QuestionOptions.OrderBy(o => o.Position).Select(o => o.LabelFr).ToListAsync());
    }

    [Fact]
    public async Task The_private_link_changes_the_answers_by_the_same_rules()
    {
        var meal = await CreateAsync(TestQuestions.Choice());
        var allergies = await CreateAsync(TestQuestions.Text("Allergies"));
        var options = (await _questions.List.ListAsync(_event.Id))[0].Question.Options.Select(o => o.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var receipt = (await RegisterAsync("marie@test.example", TestQuestions.Posted((meal, [options[0]]), (allergies, ["Arachides"])))).Value!;

        Assert.Equal("Answers." + meal, Field(await _questions.Editing.SaveByTokenAsync(receipt.ManageToken, TestQuestions.Posted((meal, ["999"])), French)).Field);
        Assert.True((await _questions.Editing.SaveByTokenAsync(receipt.ManageToken, TestQuestions.Posted((meal, [options[1]])), French)).Succeeded);

        var answers = await _questions.Answers.OfAsync(receipt.RegistrationId);
        Assert.Equal([int.Parse(options[1], CultureInfo.InvariantCulture)], answers[0].Answer!.OptionIds);
        // Left empty: the optional answer is gone.
        Assert.Null(answers[1].Answer);
        Assert.Equal("Registration.NotFound", (await _questions.Editing.SaveByTokenAsync("x" + receipt.ManageToken[1..], TestQuestions.Posted(), French)).Error!.Code);
    }

    [Fact]
    public async Task Erasing_a_registration_wipes_its_answers_and_the_purge_wipes_the_conferences()
    {
        var allergies = await CreateAsync(TestQuestions.Text("Allergies"));
        var erased = (await RegisterAsync("efface@test.example", TestQuestions.Posted((allergies, ["Arachides"])))).Value!;
        var kept = (await RegisterAsync("garde@test.example", TestQuestions.Posted((allergies, ["Lactose"])))).Value!;

        Assert.True((await _registrations.Cancellation.EraseByTokenAsync(erased.ManageToken)).Succeeded);
        await using var db = _database.NewContext();
        Assert.Equal([kept.RegistrationId], await db.Answers.Select(a => a.RegistrationId).ToListAsync());

        _time.SetUtcNow(new DateTimeOffset(2027, 4, 28, 12, 0, 0, TimeSpan.Zero));
        Assert.True((await new RegistrationPurge(_database.Factory, new WriteGate(_database.Settings), _time).PurgeAsync(_event.Id)).Succeeded);
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task An_import_reads_the_columns_named_like_a_question_and_stores_their_answers()
    {
        var meal = await CreateAsync(TestQuestions.Choice(kind: QuestionKind.MultipleChoice));
        var parking = await CreateAsync(TestQuestions.Text("Stationnement", kind: QuestionKind.YesNo) with { IsRequired = true });
        var file = System.Text.Encoding.UTF8.GetBytes(
            "Prénom;Nom;Courriel;repas;STATIONNEMENT (en)\n" +
            "Léa;Côté;lea@test.example;\"Végétarien; gluten-free\";oui\n" +
            "Paul;Roy;paul@test.example;;\n" +
            "Zoé;Roy;zoe@test.example;Poisson;non\n");

        var preview = AttendeeImport.Read(file, await _registrations.Questions.ForEventAsync(_event.Id)).Value!;

        // A choice that is not offered refuses its row; a missing answer does not, required or not on the form.
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((4, "Import.AnswerInvalid"), (problem.Line, problem.Code));
        Assert.Equal(2, preview.Valid.Count);
        var report = await _registrations.Import.ImportAsync(preview.Valid, new ImportOptions(_regular.Id, "organisatrice@test.example", SendEmails: false));
        Assert.Equal(2, report.Value!.Confirmed);
        await using var db = _database.NewContext();
        var lea = await db.Registrations.SingleAsync(r => r.FirstName == "Léa");
        var answers = await _questions.Answers.OfAsync(lea.Id);
        Assert.Equal("Végétarien; Sans gluten", AnswerRules.Display(answers[0].Question, answers[0].Answer!, "fr", French, "Oui", "Non"));
        Assert.True(answers.Single(a => a.Question.Id == parking).Answer!.YesNo);
        Assert.Equal(2, await db.Answers.CountAsync());
        Assert.Equal(meal, answers[0].Question.Id);
    }

    [Fact]
    public async Task A_deletion_racing_registrations_that_answer_never_leaves_an_answer_without_its_question()
    {
        var allergies = await CreateAsync(TestQuestions.Text("Allergies"));
        // The form's questions are read (and kept) before the race, as a crowd's form would have them.
        Assert.Single(await _registrations.Questions.ForEventAsync(_event.Id));

        var results = await AllAtOnce.RunAsync(21, async i => i == 10
            ? (await _questions.Deletion.DeleteAsync(_event.Id, allergies)).Succeeded ? "deleted" : "kept"
            : (await RegisterAsync($"p{i}@test.example", TestQuestions.Posted((allergies, ["Arachides"])))).Succeeded ? "registered" : "refused");

        Assert.Equal(20, results.Count(r => r == "registered"));
        await using var db = _database.NewContext();
        var answers = await db.Answers.CountAsync();
        if (results[10] == "deleted")
        {
            // Deleted while nobody had answered yet: the registrations after it went on without the answer.
            Assert.False(await db.Questions.AnyAsync());
            Assert.Equal(0, answers);
        }
        else
        {
            Assert.True(await db.Questions.AnyAsync());
            Assert.Equal(20, answers);
        }
        Assert.Equal(20, await db.Registrations.CountAsync());
    }

    private static (string Field, string Code) Field<T>(Result<T> result) =>
        result.Error is ValidationError error ? (error.Field, error.Code) : ("", result.Error?.Code ?? "succeeded");
}
