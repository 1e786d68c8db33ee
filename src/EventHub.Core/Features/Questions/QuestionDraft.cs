using EventHub.Core.Domain;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Questions;

/// <summary>An option as the organizer's editor holds it: <see cref="Id"/> is null for a new one.</summary>
public sealed record OptionDraft(int? Id, string LabelFr, string LabelEn);

/// <summary>A question as the organizer writes it; <see cref="TicketTypeIds"/> empty means every ticket type.</summary>
public sealed record QuestionDraft(
    QuestionKind Kind,
    string LabelFr,
    string LabelEn,
    string? HelpFr,
    string? HelpEn,
    bool IsRequired,
    IReadOnlyList<int> TicketTypeIds,
    IReadOnlyList<OptionDraft> Options)
{
    public const int MaxOptions = 50;

    public LocalizedText Label => new(LabelFr.Trim(), LabelEn.Trim());

    public LocalizedText Help => new(HelpFr?.Trim() ?? "", HelpEn?.Trim() ?? "");

    /// <summary>The options the question keeps: none for a kind without options.</summary>
    public IReadOnlyList<OptionDraft> KeptOptions => Kind.HasOptions() ? Options : [];

    /// <summary>The first rule the draft breaks, under its field ("Options.2.LabelFr" for an option); null when it is well formed.</summary>
    public ValidationError? Validate()
    {
        if (Text(nameof(LabelFr), LabelFr, Question.LabelMaxLength, required: true) is { } labelFr)
        {
            return labelFr;
        }
        if (Text(nameof(LabelEn), LabelEn, Question.LabelMaxLength, required: true) is { } labelEn)
        {
            return labelEn;
        }
        if (Text(nameof(HelpFr), HelpFr, Question.HelpMaxLength, required: false) is { } helpFr)
        {
            return helpFr;
        }
        if (Text(nameof(HelpEn), HelpEn, Question.HelpMaxLength, required: false) is { } helpEn)
        {
            return helpEn;
        }
        if (!Enum.IsDefined(Kind))
        {
            return new ValidationError(nameof(Kind), "Questions.KindInvalid");
        }
        if (!Kind.HasOptions())
        {
            return null;
        }
        if (Options.Count < 2)
        {
            return new ValidationError(nameof(Options), "Questions.OptionsTooFew");
        }
        if (Options.Count > MaxOptions)
        {
            return new ValidationError(nameof(Options), "Questions.OptionsTooMany", MaxOptions);
        }
        for (var i = 0; i < Options.Count; i++)
        {
            if (Text($"Options.{i}.LabelFr", Options[i].LabelFr, QuestionOption.LabelMaxLength, required: true) is { } optionFr)
            {
                return optionFr;
            }
            if (Text($"Options.{i}.LabelEn", Options[i].LabelEn, QuestionOption.LabelMaxLength, required: true) is { } optionEn)
            {
                return optionEn;
            }
        }
        var duplicate = Options.Select((o, i) => (Label: o.LabelFr.Trim(), Index: i))
            .GroupBy(o => o.Label, StringComparer.CurrentCultureIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? null : new ValidationError($"Options.{duplicate.Skip(1).First().Index}.LabelFr", "Questions.OptionDuplicate", duplicate.Key);
    }

    private static ValidationError? Text(string field, string? text, int maxLength, bool required) =>
        PrintableText.HasControlCharacters(text) ? new ValidationError(field, "Validation.ControlCharacters")
        : PrintableText.IsInvisible(text) ? new ValidationError(field, "Validation.Invisible")
        : required && string.IsNullOrWhiteSpace(text) ? new ValidationError(field, "Validation.Required")
        : text?.Trim().Length > maxLength ? new ValidationError(field, "Validation.TooLong", maxLength)
        : null;
}
