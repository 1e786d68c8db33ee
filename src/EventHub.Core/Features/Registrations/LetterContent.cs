namespace EventHub.Core.Features.Registrations;

/// <summary>
/// What one attendee e-mail says, every string already in the attendee's language. The HTML part
/// (<see cref="LetterHtml"/>) and the plain-text part are both written from it, so they say the same.
/// </summary>
public sealed record LetterContent(
    string Culture,
    string Subject,
    string EventName,
    IReadOnlyList<string> Summary,
    LetterBadge? Badge,
    string ManageLabel,
    string ManageLink,
    string KeepPrivate,
    string Signature)
{
    public string PlainText()
    {
        var paragraphs = new List<string>(Summary);
        if (Badge is { } badge)
        {
            paragraphs.Add(badge.Intro);
            paragraphs.Add($"{badge.CodeLabel} {badge.Code}");
        }
        paragraphs.Add($"{ManageLabel} {ManageLink}");
        paragraphs.Add(KeepPrivate);
        paragraphs.Add(Signature);
        return string.Join("\n\n", paragraphs) + "\n";
    }
}

/// <summary>The badge part of an e-mail: the QR image (an inline part named by its content id) and its code in letters.</summary>
public sealed record LetterBadge(string Intro, string ImageContentId, string ImageAlt, string CodeLabel, string Code);
