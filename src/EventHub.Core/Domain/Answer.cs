namespace EventHub.Core.Domain;

/// <summary>
/// A registration's answer to one question: text (short or long), a number, yes or no, or the chosen
/// options, whichever the question's kind asks for. Personal data: erasure and the purge delete it.
/// </summary>
public sealed class Answer
{
    public const int TextMaxLength = 2000;

    private Answer() { }

    public Answer(int registrationId, int questionId, string? text, decimal? number, bool? yesNo, IEnumerable<int>? optionIds)
    {
        RegistrationId = registrationId;
        QuestionId = questionId;
        Text = text;
        Number = number;
        YesNo = yesNo;
        OptionIds = optionIds?.Distinct().Order().ToList() ?? [];
    }

    public int Id { get; private set; }
    public int RegistrationId { get; private set; }
    public int QuestionId { get; private set; }
    public string? Text { get; private set; }
    public decimal? Number { get; private set; }
    public bool? YesNo { get; private set; }

    /// <summary>The options chosen, for a choice question; empty otherwise.</summary>
    public List<int> OptionIds { get; private set; } = [];
}
