using System.Globalization;
using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;

namespace EventHub.Core.Tests.Questions;

/// <summary>The server's rules for answers: required, options of the question, numbers as the reader writes them, lengths, control characters.</summary>
public sealed class AnswerRulesTests
{
    private const int Regular = 1;
    private const int Student = 2;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static FormQuestion Q(int id, QuestionKind kind, bool required = false, int[]? tickets = null, bool hidden = false) =>
        new(id, kind, new LocalizedText("Question " + id, "Question " + id), new LocalizedText("", ""), required, hidden, tickets ?? [],
            kind.HasOptions() ? [new FormOption(10 * id + 1, new LocalizedText("Un", "One"), false), new FormOption(10 * id + 2, new LocalizedText("Deux", "Two"), false),
                new FormOption(10 * id + 3, new LocalizedText("Ancien", "Old"), IsRetired: true)] : []);

    private static Dictionary<int, IReadOnlyList<string>> Posted(params (int Id, string[] Values)[] values) =>
        values.ToDictionary(v => v.Id, v => (IReadOnlyList<string>)v.Values);

    private static AnswerCheck Check(FormQuestion question, CultureInfo? culture = null, params string[] values) =>
        AnswerRules.Check([question], Regular, Posted((question.Id, values)), culture ?? French);

    [Theory]
    [InlineData(QuestionKind.ShortText, "Answers.Required")]
    [InlineData(QuestionKind.LongText, "Answers.Required")]
    [InlineData(QuestionKind.Number, "Answers.Required")]
    [InlineData(QuestionKind.YesNo, "Answers.ChoiceRequired")]
    [InlineData(QuestionKind.SingleChoice, "Answers.ChoiceRequired")]
    [InlineData(QuestionKind.MultipleChoice, "Answers.ChoiceRequired")]
    public void A_required_question_left_empty_is_refused_under_its_field(QuestionKind kind, string code)
    {
        var check = Check(Q(7, kind, required: true), null, "  ");

        var error = Assert.Single(check.Errors);
        Assert.Equal(("Answers.7", code), (error.Field, error.Code));
    }

    [Fact]
    public void An_optional_question_left_empty_has_no_answer()
    {
        var check = Check(Q(7, QuestionKind.LongText), null, "");

        Assert.True(check.Passed);
        Assert.Empty(check.Answers);
    }

    [Fact]
    public void Every_refusal_is_given_not_only_the_first()
    {
        var check = AnswerRules.Check([Q(1, QuestionKind.ShortText, required: true), Q(2, QuestionKind.Number, required: true)], Regular,
            Posted((2, ["douze"])), French);

        Assert.Equal(["Answers.1", "Answers.2"], check.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Only_the_questions_asked_of_the_ticket_type_are_read()
    {
        var forStudents = Q(1, QuestionKind.ShortText, required: true, tickets: [Student]);
        var hidden = Q(2, QuestionKind.ShortText, required: true, hidden: true);

        var check = AnswerRules.Check([forStudents, hidden], Regular, Posted((1, ["Université Laval"]), (2, ["x"])), French);

        Assert.True(check.Passed);
        Assert.Empty(check.Answers);
        Assert.Equal("Answers.1", Assert.Single(AnswerRules.Check([forStudents], Student, Posted(), French).Errors).Field);
    }

    [Fact]
    public void A_choice_must_be_an_offered_option_of_the_same_question()
    {
        Assert.Equal([71], Check(Q(7, QuestionKind.SingleChoice), null, "71").Answers.Single().OptionIds);
        // Another question's option, a retired option, something that is no id at all.
        Assert.Equal("Answers.OptionUnknown", Check(Q(7, QuestionKind.SingleChoice), null, "81").Errors.Single().Code);
        Assert.Equal("Answers.OptionUnknown", Check(Q(7, QuestionKind.SingleChoice), null, "73").Errors.Single().Code);
        Assert.Equal("Answers.OptionUnknown", Check(Q(7, QuestionKind.MultipleChoice), null, "71", "1 OR 1=1").Errors.Single().Code);
        Assert.Equal("Answers.OneValue", Check(Q(7, QuestionKind.SingleChoice), null, "71", "72").Errors.Single().Code);
        Assert.Equal([71, 72], Check(Q(7, QuestionKind.MultipleChoice), null, "72", "71", "72").Answers.Single().OptionIds);
    }

    [Theory]
    [InlineData("fr-CA", "12,5", "12.5")]
    [InlineData("fr-CA", "12.5", "12.5")]
    [InlineData("fr-CA", " -3 ", "-3")]
    [InlineData("en", "12.5", "12.5")]
    public void A_number_reads_as_the_reader_writes_it(string culture, string typed, string expected)
    {
        var check = Check(Q(7, QuestionKind.Number), CultureInfo.GetCultureInfo(culture), typed);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), check.Answers.Single().Number);
    }

    [Theory]
    [InlineData("en", "12,5")]
    [InlineData("fr-CA", "douze")]
    [InlineData("fr-CA", "1e3")]
    [InlineData("fr-CA", "0,00001")]
    [InlineData("fr-CA", "9999999999")]
    public void A_number_that_does_not_read_or_is_out_of_range_is_refused(string culture, string typed)
    {
        Assert.Equal("Answers.NumberInvalid", Check(Q(7, QuestionKind.Number), CultureInfo.GetCultureInfo(culture), typed).Errors.Single().Code);
    }

    [Fact]
    public void Texts_are_limited_and_keep_no_control_character()
    {
        Assert.Equal("Validation.TooLong", Check(Q(7, QuestionKind.ShortText), null, new string('a', AnswerRules.ShortTextLength + 1)).Errors.Single().Code);
        Assert.True(Check(Q(7, QuestionKind.LongText), null, new string('a', AnswerRules.LongTextLength)).Passed);
        Assert.Equal("Validation.TooLong", Check(Q(7, QuestionKind.LongText), null, new string('a', AnswerRules.LongTextLength + 1)).Errors.Single().Code);
        Assert.Equal("Validation.ControlCharacters", Check(Q(7, QuestionKind.ShortText), null, "sans\u0000gluten").Errors.Single().Code);
        Assert.Equal("Validation.ControlCharacters", Check(Q(7, QuestionKind.ShortText), null, "ligne\nautre").Errors.Single().Code);
        Assert.Equal("Validation.Invisible", Check(Q(7, QuestionKind.ShortText, required: true), null, "\u200b").Errors.Single().Code);
        // A long text keeps its line breaks.
        Assert.Equal("Sans gluten\nFauteuil roulant", Check(Q(7, QuestionKind.LongText), null, " Sans gluten\nFauteuil roulant ").Answers.Single().Text);
    }

    [Fact]
    public void Yes_or_no_is_one_of_the_two_words_the_form_posts()
    {
        Assert.True(Check(Q(7, QuestionKind.YesNo), null, "yes").Answers.Single().YesNo);
        Assert.False(Check(Q(7, QuestionKind.YesNo), null, "no").Answers.Single().YesNo);
        Assert.Equal("Answers.OptionUnknown", Check(Q(7, QuestionKind.YesNo), null, "oui").Errors.Single().Code);
    }

    [Fact]
    public void An_answer_displays_with_its_options_labels_in_the_readers_language()
    {
        var question = Q(7, QuestionKind.MultipleChoice);
        var answer = new AnswerValue(7, null, null, null, [71, 73]);

        Assert.Equal("One; Old", AnswerRules.Display(question, answer, "en", English, "Yes", "No"));
        Assert.Equal("12,5", AnswerRules.Display(Q(8, QuestionKind.Number), new AnswerValue(8, null, 12.5m, null, []), "fr", French, "Oui", "Non"));
    }
}
