using EventHub.Core.Domain;

namespace EventHub.Core.Features.Questions;

/// <summary>The questions a new conference asks before its organizers write their own.</summary>
public static class DefaultQuestions
{
    /// <summary>What the registration form used to ask in a fixed field: optional, free text, seen only by the organizers.</summary>
    public static readonly QuestionDraft Needs = new(QuestionKind.LongText,
        "Besoins d'accessibilité ou alimentaires", "Accessibility or dietary needs",
        "Seule l'équipe d'organisation voit cette information, pour préparer votre venue.", "Only the organizing team sees this, to prepare for your visit.",
        IsRequired: false, TicketTypeIds: [], Options: []);
}
