namespace EventHub.Core.Domain;

/// <summary>
/// A question the organizer adds to a conference's registration form. It applies to every ticket type, or
/// only to those listed in <see cref="TicketTypeIds"/>. A question that has answers is never deleted, only
/// hidden (<see cref="IsHidden"/>): its answers stay readable in the organizer's pages and exports.
/// </summary>
public sealed class Question
{
    public const int LabelMaxLength = 300;
    public const int HelpMaxLength = 500;

    private Question() { }

    public Question(int eventId, QuestionKind kind, LocalizedText label, LocalizedText? help, bool isRequired, int position)
    {
        EventId = eventId;
        Kind = kind;
        Describe(label, help, isRequired);
        PlaceAt(position);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public QuestionKind Kind { get; private set; }
    public string LabelFr { get; private set; } = "";
    public string LabelEn { get; private set; } = "";
    public string HelpFr { get; private set; } = "";
    public string HelpEn { get; private set; } = "";
    public bool IsRequired { get; private set; }

    /// <summary>Where the question stands on the form (smallest first).</summary>
    public int Position { get; private set; }

    /// <summary>No longer asked; its answers are kept. What a question with answers becomes instead of being deleted.</summary>
    public bool IsHidden { get; private set; }

    /// <summary>The ticket types it is asked for; empty means every ticket type of the conference.</summary>
    public List<int> TicketTypeIds { get; private set; } = [];

    public List<QuestionOption> Options { get; private set; } = [];

    public LocalizedText Label => new(LabelFr, LabelEn);

    public LocalizedText Help => new(HelpFr, HelpEn);

    public bool AppliesTo(int ticketTypeId) => TicketTypeIds.Count == 0 || TicketTypeIds.Contains(ticketTypeId);

    public void Describe(LocalizedText label, LocalizedText? help, bool isRequired)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label.French);
        ArgumentException.ThrowIfNullOrWhiteSpace(label.English);
        LabelFr = label.French.Trim();
        LabelEn = label.English.Trim();
        HelpFr = help?.French.Trim() ?? "";
        HelpEn = help?.English.Trim() ?? "";
        IsRequired = isRequired;
    }

    /// <summary>A question without answers may change kind; one with answers keeps it, so its answers stay readable.</summary>
    public void ChangeKind(QuestionKind kind) => Kind = kind;

    public void AskFor(IEnumerable<int> ticketTypeIds) => TicketTypeIds = ticketTypeIds.Distinct().Order().ToList();

    public void PlaceAt(int position) => Position = position;

    public void Hide() => IsHidden = true;

    public void Show() => IsHidden = false;
}
