using System.Globalization;
using EventHub.Core.Domain;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Questions;

/// <summary>An answer as it is stored: whichever of its values the question's kind asks for.</summary>
public sealed record AnswerValue(int QuestionId, string? Text, decimal? Number, bool? YesNo, IReadOnlyList<int> OptionIds)
{
    public Answer ToAnswer(int registrationId) => new(registrationId, QuestionId, Text, Number, YesNo, OptionIds);

    public static AnswerValue Of(Answer answer) => new(answer.QuestionId, answer.Text, answer.Number, answer.YesNo, answer.OptionIds);
}

/// <summary>The answers a form gave that pass, and a refusal under each question's field for the others.</summary>
public sealed record AnswerCheck(IReadOnlyList<AnswerValue> Answers, IReadOnlyList<ValidationError> Errors)
{
    public bool Passed => Errors.Count == 0;
}

/// <summary>
/// What makes answers acceptable, checked on the server the same way by the registration form and the private link.
/// A form posts each question's values as text under <see cref="Field"/>: what was typed, an option's id (several
/// for a multiple choice), <see cref="Yes"/> or <see cref="No"/>. Only the questions asked of the ticket type are
/// read; anything posted for another is ignored. An optional question left empty has no answer.
/// </summary>
public static class AnswerRules
{
    public const int ShortTextLength = 200;
    public const int LongTextLength = Answer.TextMaxLength;
    public const decimal NumberLimit = 1_000_000_000m;
    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The form field of a question's answer, and the field its refusal is shown under.</summary>
    public static string Field(int questionId) => $"Answers.{questionId}";

    public static AnswerCheck Check(IEnumerable<FormQuestion> questions, int ticketTypeId,
        IReadOnlyDictionary<int, IReadOnlyList<string>> posted, CultureInfo culture) =>
        CheckAsked(questions.Where(q => q.AskedOf(ticketTypeId)), posted, culture);

    /// <summary>Checks the answers to <paramref name="asked"/>, questions already known to be asked of the registration.</summary>
    public static AnswerCheck CheckAsked(IEnumerable<FormQuestion> asked, IReadOnlyDictionary<int, IReadOnlyList<string>> posted, CultureInfo culture)
    {
        var answers = new List<AnswerValue>();
        var errors = new List<ValidationError>();
        foreach (var question in asked)
        {
            var values = posted.TryGetValue(question.Id, out var given)
                ? given.Where(v => !string.IsNullOrWhiteSpace(v)).ToList()
                : [];
            var result = Read(question, values, culture);
            if (result.Error is { } error)
            {
                errors.Add(error);
            }
            else if (result.Value is { } value)
            {
                answers.Add(value);
            }
        }
        return new AnswerCheck(answers, errors);
    }

    private static (AnswerValue? Value, ValidationError? Error) Read(FormQuestion question, List<string> values, CultureInfo culture)
    {
        var field = Field(question.Id);
        if (values.Count == 0)
        {
            return question.IsRequired ? (null, new ValidationError(field, question.Kind.HasOptions() || question.Kind == QuestionKind.YesNo ? "Answers.ChoiceRequired" : "Answers.Required")) : (null, null);
        }
        if (question.Kind != QuestionKind.MultipleChoice && values.Count > 1)
        {
            return (null, new ValidationError(field, "Answers.OneValue"));
        }
        var single = values[0];
        switch (question.Kind)
        {
            case QuestionKind.ShortText or QuestionKind.LongText:
                var multiline = question.Kind == QuestionKind.LongText;
                var limit = multiline ? LongTextLength : ShortTextLength;
                if (PrintableText.HasControlCharacters(single, multiline))
                {
                    return (null, new ValidationError(field, "Validation.ControlCharacters"));
                }
                if (PrintableText.IsInvisible(single))
                {
                    return (null, new ValidationError(field, "Validation.Invisible"));
                }
                var text = single.Trim();
                return text.Length > limit
                    ? (null, new ValidationError(field, "Validation.TooLong", limit))
                    : (new AnswerValue(question.Id, text, null, null, []), null);
            case QuestionKind.Number:
                return ParseNumber(single, culture) is { } number && Math.Abs(number) <= NumberLimit
                    ? (new AnswerValue(question.Id, null, number, null, []), null)
                    : (null, new ValidationError(field, "Answers.NumberInvalid"));
            case QuestionKind.YesNo:
                return single.Trim() switch
                {
                    Yes => (new AnswerValue(question.Id, null, null, true, []), null),
                    No => (new AnswerValue(question.Id, null, null, false, []), null),
                    _ => (null, new ValidationError(field, "Answers.OptionUnknown")),
                };
            default:
                var offered = question.Offered.Select(o => o.Id).ToHashSet();
                var chosen = new List<int>();
                foreach (var value in values)
                {
                    if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !offered.Contains(id))
                    {
                        return (null, new ValidationError(field, "Answers.OptionUnknown"));
                    }
                    chosen.Add(id);
                }
                return (new AnswerValue(question.Id, null, null, null, chosen.Distinct().Order().ToList()), null);
        }
    }

    /// <summary>
    /// A number as the reader writes it: in their culture first (« 12,5 » in French), then with a point, which every
    /// keyboard has. No thousands separators: "1,500" would mean 1.5 in French and 1500 in English. Spaces are ignored.
    /// </summary>
    public static decimal? ParseNumber(string text, CultureInfo culture)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F').ToArray());
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(compact, styles, culture, out var number) || decimal.TryParse(compact, styles, CultureInfo.InvariantCulture, out number))
        {
            // At most four decimals, as the column keeps them.
            return decimal.Round(number, 4) == number ? number : null;
        }
        return null;
    }

    /// <summary>The values a form shows for a stored answer, as it would have posted them.</summary>
    public static IReadOnlyList<string> Posted(AnswerValue answer, CultureInfo culture) =>
        answer.Text is { } text ? [text]
        : answer.Number is { } number ? [number.ToString("0.####", culture)]
        : answer.YesNo is { } yes ? [yes ? Yes : No]
        : answer.OptionIds.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();

    /// <summary>An answer as a person reads it (the organizer's page, the CSV file, the attendee's data): options by their label.</summary>
    public static string Display(FormQuestion question, AnswerValue answer, string language, CultureInfo culture, string yes, string no) =>
        answer.Text ?? (answer.Number is { } number ? number.ToString("0.####", culture)
        : answer.YesNo is { } flag ? (flag ? yes : no)
        : string.Join("; ", answer.OptionIds.Select(id => question.Options.FirstOrDefault(o => o.Id == id)?.Label.In(language) ?? "?")));
}
