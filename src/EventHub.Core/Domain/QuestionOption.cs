namespace EventHub.Core.Domain;

/// <summary>
/// One choice of a single- or multiple-choice question. Once the question has answers an option is not
/// deleted but retired: the form stops offering it and the answers that chose it still read it.
/// </summary>
public sealed class QuestionOption
{
    public const int LabelMaxLength = 200;

    private QuestionOption() { }

    public QuestionOption(LocalizedText label, int position)
    {
        Relabel(label);
        PlaceAt(position);
    }

    public int Id { get; private set; }
    public int QuestionId { get; private set; }
    public string LabelFr { get; private set; } = "";
    public string LabelEn { get; private set; } = "";
    public int Position { get; private set; }

    /// <summary>No longer offered on the form; kept for the answers that chose it.</summary>
    public bool IsRetired { get; private set; }

    public LocalizedText Label => new(LabelFr, LabelEn);

    public void Relabel(LocalizedText label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label.French);
        ArgumentException.ThrowIfNullOrWhiteSpace(label.English);
        LabelFr = label.French.Trim();
        LabelEn = label.English.Trim();
    }

    public void PlaceAt(int position) => Position = position;

    public void Retire() => IsRetired = true;

    public void Offer() => IsRetired = false;
}
