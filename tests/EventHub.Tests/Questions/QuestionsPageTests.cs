using System.Globalization;
using Bunit;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Features.Tickets;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Questions;

/// <summary>The organizer's question editor and the form's question rendering, with their real services over a test database.</summary>
public sealed class QuestionsPageTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private readonly BunitContext _context = ComponentTestContext.Create();
    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _registrations = null!;
    private TestQuestions _questions = null!;
    private Event _event = null!;
    private TicketType _regular = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var gate = new WriteGate(_database.Settings);
        _registrations = new TestRegistrations(_database, _time, gate);
        _questions = new TestQuestions(_database, gate, _registrations.Questions);
        await using (var db = _database.NewContext())
        {
            (_event, _regular) = await TestData.EventWithTicketAsync(db);
        }
        _context.WithConferences(_database);
        _context.Services.AddSingleton(_questions.List);
        _context.Services.AddSingleton(_questions.Creation);
        _context.Services.AddSingleton(_questions.Edit);
        _context.Services.AddSingleton(_questions.Reorder);
        _context.Services.AddSingleton(_questions.Hiding);
        _context.Services.AddSingleton(_questions.Deletion);
        _context.Services.AddSingleton(new TicketTypeList(_database.Factory));
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _registrations.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_editor_adds_a_required_choice_with_its_options_and_refuses_a_missing_label_under_its_field()
    {
        var page = _context.Render<QuestionsPage>();
        await page.InvokeAsync(() => Button(page, "Nouvelle question").Click());
        await page.InvokeAsync(() => page.FindAll("input[type=radio]")[(int)QuestionKind.SingleChoice].Click());
        page.WaitForAssertion(() => Assert.Contains("Choix offerts", page.Markup), Wait);

        await page.InvokeAsync(() => Field(page, "Question (français)").Change("Repas du midi"));
        await page.InvokeAsync(() => Button(page, "Enregistrer").Click());
        page.WaitForAssertion(() => Assert.Contains("Ce champ est obligatoire.", page.Markup), Wait);
        Assert.Equal(0, await Count());

        await page.InvokeAsync(() => Field(page, "Question (anglais)").Change("Lunch"));
        await page.InvokeAsync(() => Field(page, "Choix 1 (français)").Change("Végétarien"));
        await page.InvokeAsync(() => Field(page, "Choix 1 (anglais)").Change("Vegetarian"));
        await page.InvokeAsync(() => Field(page, "Choix 2 (français)").Change("Sans gluten"));
        await page.InvokeAsync(() => Field(page, "Choix 2 (anglais)").Change("Gluten-free"));
        await page.InvokeAsync(() => Button(page, "Ajouter un choix").Click());
        await page.InvokeAsync(() => Field(page, "Choix 3 (français)").Change("Halal"));
        await page.InvokeAsync(() => Field(page, "Choix 3 (anglais)").Change("Halal"));
        await page.InvokeAsync(() => page.FindAll("input[type=checkbox]")[0].Change(true));
        await page.InvokeAsync(() => Button(page, "Enregistrer").Click());

        page.WaitForAssertion(() => Assert.Contains("La question «\u00a0Repas du midi\u00a0» est enregistrée.", page.Markup), Wait);
        var question = Assert.Single(await _questions.List.ListAsync(_event.Id)).Question;
        Assert.Equal((QuestionKind.SingleChoice, true), (question.Kind, question.IsRequired));
        Assert.Equal(["Végétarien", "Sans gluten", "Halal"], question.Options.Select(o => o.Label.French));
        Assert.Contains("Végétarien · Sans gluten · Halal", page.Markup);
    }

    [Fact]
    public async Task The_arrows_reorder_and_a_question_with_answers_offers_hiding_not_deleting()
    {
        var needs = (await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Text("Besoins"))).Value;
        await _questions.Creation.CreateAsync(_event.Id, TestQuestions.Text("Vide", kind: QuestionKind.ShortText));
        await _registrations.Registrar.RegisterAsync(new RegistrationRequest(_regular.Id, new AttendeeDetails("Léa", "Côté", "lea@test.example", null, null, "fr"), true)
        {
            Answers = TestQuestions.Posted((needs, ["Fauteuil roulant"])),
        });
        var page = _context.Render<QuestionsPage>();
        page.WaitForAssertion(() => Assert.Contains("Vide", page.Markup), Wait);

        await page.InvokeAsync(() => page.Find("button[aria-label='Monter «\u00a0Vide\u00a0»']").Click());
        page.WaitForAssertion(() => Assert.Contains("«\u00a0Vide\u00a0» est maintenant en position 1.", page.Markup), Wait);
        Assert.Equal(["Vide", "Besoins"], (await _questions.List.ListAsync(_event.Id)).Select(r => r.Question.Label.French));
        Assert.True(page.Find("button[aria-label='Monter «\u00a0Vide\u00a0»']").HasAttribute("disabled"));

        Assert.Empty(page.FindAll("button[aria-label='Supprimer Besoins']"));
        await page.InvokeAsync(() => page.Find("button[aria-label='Masquer «\u00a0Besoins\u00a0»']").Click());
        page.WaitForAssertion(() => Assert.Contains("La question «\u00a0Besoins\u00a0» est masquée", page.Markup), Wait);
        await page.InvokeAsync(() => page.Find("button[aria-label='Supprimer Vide']").Click());
        page.WaitForAssertion(() => Assert.Contains("La question «\u00a0Vide\u00a0» est supprimée.", page.Markup), Wait);
        var left = Assert.Single(await _questions.List.ListAsync(_event.Id));
        Assert.True(left.Question.IsHidden);
    }

    [Fact]
    public void The_form_renders_each_kind_in_the_readers_language_with_the_values_and_refusals_given()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-CA");
        FormOption Option(int id, string fr, string en) => new(id, new LocalizedText(fr, en), false);
        FormQuestion Q(int id, QuestionKind kind, bool required, params FormOption[] options) =>
            new(id, kind, new LocalizedText($"Question {id} fr", $"Question {id} en"), new LocalizedText("Aide", "Help"), required, false, [], options);
        IReadOnlyList<FormQuestion> questions =
        [
            Q(1, QuestionKind.ShortText, true), Q(2, QuestionKind.LongText, false), Q(3, QuestionKind.SingleChoice, true, Option(31, "Un", "One"), Option(32, "Deux", "Two")),
            Q(4, QuestionKind.MultipleChoice, false, Option(41, "Un", "One"), Option(42, "Deux", "Two")), Q(5, QuestionKind.YesNo, true), Q(6, QuestionKind.Number, false),
        ];

        var fields = _context.Render<QuestionFields>(p => p
            .Add(c => c.Questions, questions)
            .Add(c => c.Values, TestQuestions.Posted((1, ["Laval"]), (4, ["41", "42"]), (6, ["douze"])))
            .Add(c => c.Errors, new Dictionary<int, string> { [6] = "Write a number" }));

        Assert.Equal("Laval", fields.Find("#q-1").GetAttribute("value"));
        Assert.Equal("true", fields.Find("#q-1").GetAttribute("aria-required"));
        Assert.Equal("textarea", fields.Find("#q-2").TagName.ToLowerInvariant());
        Assert.Equal(["One", "Two"], fields.FindAll("[data-question='3'] label").Select(l => l.TextContent.Trim()));
        Assert.All(fields.FindAll("[data-question='4'] input"), box => Assert.True(box.HasAttribute("checked")));
        Assert.Equal(["yes", "no"], fields.FindAll("[data-question='5'] input[type=radio]").Select(r => r.GetAttribute("value")));
        Assert.Equal(["Yes", "No"], fields.FindAll("[data-question='5'] label").Select(l => l.TextContent.Trim()));
        Assert.Equal("Write a number", fields.Find("#q-6-error").TextContent);
        Assert.Equal("q-6-help q-6-error", fields.Find("#q-6").GetAttribute("aria-describedby"));
        Assert.Equal("true", fields.Find("#q-6").GetAttribute("aria-invalid"));
        Assert.Contains("Question 2 en <small>(optional)</small>", fields.Markup);
        Assert.Empty(fields.FindAll("style"));
    }

    private async Task<int> Count()
    {
        await using var db = _database.NewContext();
        return await db.Questions.CountAsync();
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<QuestionsPage> page, string text) =>
        page.FindAll("button").First(b => b.TextContent.Trim() == text);

    /// <summary>A MudTextField's input by its label's text.</summary>
    private static AngleSharp.Dom.IElement Field(IRenderedComponent<QuestionsPage> page, string label)
    {
        var forId = page.FindAll("label").First(l => l.TextContent.Trim().TrimEnd('*').Trim() == label).GetAttribute("for");
        return page.Find($"#{forId}");
    }
}
