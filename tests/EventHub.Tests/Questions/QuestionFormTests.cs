using System.Globalization;
using System.Net;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Questions;

/// <summary>
/// The organizer's questions on the public form and the private link, through HTTP as a browser without JavaScript
/// uses them: shown in the reader's language, checked on the server, each refusal under its field with the values kept.
/// </summary>
public sealed class QuestionFormTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new(settings: new Dictionary<string, string> { ["RateLimits:Registrations:Burst"] = "1000" });
    private int _ticketId;
    private int _studentId;
    private int _meal;
    private int _allergies;
    private int _guests;
    private int _school;
    private IReadOnlyList<FormOption> _mealOptions = [];

    public async Task InitializeAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var (regular, student) = await TestData.OnSaleNowAsync(db);
        (_ticketId, _studentId) = (regular.Id, student.Id);
        var creation = _app.Services.GetRequiredService<QuestionCreation>();
        _meal = (await creation.CreateAsync(regular.EventId, TestQuestions.Choice("Repas", kind: QuestionKind.MultipleChoice))).Value;
        _allergies = (await creation.CreateAsync(regular.EventId, TestQuestions.Text("Allergies"))).Value;
        _guests = (await creation.CreateAsync(regular.EventId, TestQuestions.Text("Invités", kind: QuestionKind.Number))).Value;
        _school = (await creation.CreateAsync(regular.EventId, TestQuestions.Text("École", required: true, kind: QuestionKind.ShortText) with { TicketTypeIds = [student.Id] })).Value;
        _mealOptions = (await _app.Services.GetRequiredService<QuestionList>().ListAsync(regular.EventId))[0].Question.Options;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private IDbContextFactory<EventHubDbContext> Factory => _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private string Option(int index) => _mealOptions[index].Id.ToString(CultureInfo.InvariantCulture);

    private List<KeyValuePair<string, string>> Form(string email, params (int Question, string Value)[] answers)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.FirstName", "Hélène"), new("Input.LastName", "Côté"), new("Input.Email", email),
            new("Input.TicketTypeId", _ticketId.ToString(CultureInfo.InvariantCulture)), new("Input.PreferredLanguage", "fr"), new("Input.Consent", "true"),
        };
        fields.AddRange(answers.Select(a => new KeyValuePair<string, string>(AnswerRules.Field(a.Question), a.Value)));
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string formName, List<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(url);
        fields.Add(new("__RequestVerificationToken", HtmlForms.AntiforgeryToken(page)));
        fields.Add(new("_handler", formName));
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task The_form_asks_the_questions_in_the_readers_language()
    {
        var french = WebUtility.HtmlDecode(await NewClient().GetStringAsync("/register"));
        var english = WebUtility.HtmlDecode(await NewClient().GetStringAsync("/register?culture=en-CA"));

        Assert.Contains("<legend>Repas ", french);
        Assert.Contains("Sans gluten", french);
        Assert.Contains("<label for=\"q-" + _allergies + "\">Allergies <small>(facultatif)</small>", french);
        Assert.Contains("Gluten-free", english);
        Assert.Contains("Allergies (en)", english);
        // The students' question is hidden while the regular type is checked, and says whom it is for.
        Assert.Contains($"form:has(input[name=\"Input.TicketTypeId\"][value=\"{_ticketId}\"]:checked) [data-question=\"{_school}\"] {{ display: none; }}", french);
        Assert.Contains("Demandé seulement pour\u00a0: Étudiant", french);
        // A conference with questions no longer has the fixed needs field: it is one of its questions.
        Assert.DoesNotContain("id=\"needs\"", french);
    }

    [Fact]
    public async Task A_refused_answer_is_said_under_its_field_and_what_was_typed_is_kept()
    {
        var response = await PostAsync(NewClient(), "/register", "register",
            Form("helene@test.example", (_allergies, "Arachides"), (_guests, "douze"), (_meal, Option(1))) is var fields
                ? [.. fields.Where(f => f.Key != "Input.TicketTypeId"), new("Input.TicketTypeId", _studentId.ToString(CultureInfo.InvariantCulture))]
                : fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<div class=\"validation-message\" id=\"q-{_school}-error\">Répondez à cette question.</div>", html);
        Assert.Contains($"<div class=\"validation-message\" id=\"q-{_guests}-error\">Écrivez un nombre, par exemple 12 ou 12,5.</div>", html);
        Assert.Contains($"aria-describedby=\"q-{_guests}-error\"", html);
        Assert.Contains("value=\"douze\"", html);
        Assert.Contains(">Arachides</textarea>", html);
        Assert.Contains($"value=\"{Option(1)}\" checked", html);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Registrations.CountAsync());
    }

    [Fact]
    public async Task In_english_the_refusal_is_english_and_a_number_takes_a_point()
    {
        var fields = Form("helene@test.example", (_guests, "12,5"));
        fields[3] = new("Input.TicketTypeId", _studentId.ToString(CultureInfo.InvariantCulture));

        var html = WebUtility.HtmlDecode(await (await PostAsync(NewClient(), "/register?culture=en-CA", "register", fields)).Content.ReadAsStringAsync());

        Assert.Contains($"<div class=\"validation-message\" id=\"q-{_school}-error\">Answer this question.</div>", html);
        Assert.Contains($"<div class=\"validation-message\" id=\"q-{_guests}-error\">Write a number, for example 12 or 12.5.</div>", html);
        var accepted = await PostAsync(NewClient(), "/register?culture=en-CA", "register", Form("helene@test.example", (_guests, "12.5"), (_meal, Option(0))));
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), "validation-message[^<]*<|form-error[^<]*<").Value);
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(12.5m, (await db.Answers.SingleAsync(a => a.QuestionId == _guests)).Number);
    }

    [Fact]
    public async Task A_valid_post_stores_the_answers_with_the_registration()
    {
        var response = await PostAsync(NewClient(), "/register", "register",
            Form("helene@test.example", (_meal, Option(0)), (_meal, Option(2)), (_guests, "1,5"), (_school, "ignorée: pas une étudiante")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = await Factory.CreateDbContextAsync();
        var registration = await db.Registrations.SingleAsync();
        var answers = await db.Answers.Where(a => a.RegistrationId == registration.Id).OrderBy(a => a.QuestionId).ToListAsync();
        Assert.Equal([_meal, _guests], answers.Select(a => a.QuestionId));
        Assert.Equal([_mealOptions[0].Id, _mealOptions[2].Id], answers[0].OptionIds);
        Assert.Equal(1.5m, answers[1].Number);
    }

    [Fact]
    public async Task The_private_link_shows_the_answers_and_changes_them()
    {
        var receipt = await _app.Services.GetRequiredService<Registrar>().RegisterAsync(new RegistrationRequest(_ticketId,
            new AttendeeDetails("Hélène", "Côté", "helene@test.example", null, null, "fr"), ConsentGiven: true)
        {
            Answers = TestQuestions.Posted((_meal, [Option(1)]), (_allergies, ["Arachides"])),
        });
        var link = "/r/" + receipt.Value!.ManageToken;
        var client = NewClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(link));
        Assert.Contains(">Arachides</textarea>", page);
        Assert.Contains($"value=\"{Option(1)}\" checked", page);

        var refused = await PostAsync(client, link, "answers", [new(AnswerRules.Field(_meal), "0")]);
        Assert.Contains("Ce choix n'est pas offert.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        var saved = await PostAsync(client, link, "answers", [new(AnswerRules.Field(_meal), Option(2)), new(AnswerRules.Field(_allergies), "Lactose")]);
        Assert.Contains("Vos réponses sont enregistrées.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        await using var db = await Factory.CreateDbContextAsync();
        Assert.Equal(["Lactose"], await db.Answers.Where(a => a.Text != null).Select(a => a.Text).ToListAsync());
        Assert.Equal([_mealOptions[2].Id], (await db.Answers.SingleAsync(a => a.QuestionId == _meal)).OptionIds);
    }
}
