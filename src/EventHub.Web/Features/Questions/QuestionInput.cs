using EventHub.Core.Domain;
using EventHub.Core.Features.Questions;

namespace EventHub.Web.Features.Questions;

/// <summary>An option as the editor holds it; <see cref="Id"/> is null until saved.</summary>
public sealed class OptionInput
{
    public int? Id { get; set; }
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";
}

/// <summary>The question editor's form as the organizer fills it; the rules are <see cref="QuestionDraft"/>'s.</summary>
public sealed class QuestionInput
{
    public QuestionKind Kind { get; set; } = QuestionKind.ShortText;
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";
    public string? HelpFr { get; set; }
    public string? HelpEn { get; set; }
    public bool IsRequired { get; set; }

    /// <summary>Asked of every ticket type (the default), or only of <see cref="TicketTypeIds"/>.</summary>
    public bool AllTickets { get; set; } = true;

    public HashSet<int> TicketTypeIds { get; set; } = [];
    public List<OptionInput> Options { get; set; } = [];

    /// <summary>A new question; a choice starts with two empty options.</summary>
    public static QuestionInput Blank() => new() { Options = [new(), new()] };

    public static QuestionInput From(QuestionDraft draft) => new()
    {
        Kind = draft.Kind,
        LabelFr = draft.LabelFr,
        LabelEn = draft.LabelEn,
        HelpFr = draft.HelpFr,
        HelpEn = draft.HelpEn,
        IsRequired = draft.IsRequired,
        AllTickets = draft.TicketTypeIds.Count == 0,
        TicketTypeIds = [.. draft.TicketTypeIds],
        Options = draft.Options.Count > 0
            ? draft.Options.Select(o => new OptionInput { Id = o.Id, LabelFr = o.LabelFr, LabelEn = o.LabelEn }).ToList()
            : [new(), new()],
    };

    public QuestionDraft ToDraft() => new(Kind, LabelFr, LabelEn, HelpFr, HelpEn, IsRequired,
        AllTickets ? [] : TicketTypeIds.Order().ToList(),
        Options.Select(o => new OptionDraft(o.Id, o.LabelFr, o.LabelEn)).ToList());
}
