using System.Text;
using EventHub.Core.Features.Badges;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Mail;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// Writes an attendee e-mail in their language: a summary, the QR badge as an inline image with its code in
/// letters (when a seat is held), the private link and the event as an .ics attachment. The HTML part comes
/// from the <see cref="LetterHtml"/> template, the plain-text part from the same <see cref="LetterContent"/>.
/// The result is the .eml bytes the outbox dispatcher hands to the sender, written just before sending
/// (see <see cref="OutboxLetters"/>).
/// </summary>
public sealed class EmailComposer(EmailTexts texts, EmailHtml html, IOptions<MailOptions> options, TimeProvider time)
{
    public async Task<byte[]> ComposeAsync(Letter letter)
    {
        var lang = letter.Language;
        var culture = EmailTexts.Culture(lang);
        string T(string key, params object[] args) => texts.Get(lang, key, args);
        var eventName = letter.Event.Name.In(lang);
        var (subjectKey, bodyKey) = Keys(letter.Kind);
        var builder = new BodyBuilder();
        LetterBadge? badge = null;
        if (letter.BadgeCode is { } badgeCode)
        {
            var qr = builder.LinkedResources.Add("badge.png", BadgeQr.Png(badgeCode), new ContentType("image", "png"));
            qr.ContentId = MimeUtils.GenerateMessageId();
            badge = new LetterBadge(T("Badge"), qr.ContentId, T("BadgeAlt"), T("BadgeCode"), BadgeCodes.Grouped(badgeCode));
        }
        var content = new LetterContent(
            culture.Name,
            T(subjectKey, eventName),
            eventName,
            [
                T("Greeting", letter.FirstName),
                T(bodyKey, eventName, letter.Ticket.In(lang), letter.WaitlistRank ?? 0),
                T("Ticket", letter.Ticket.In(lang)),
                T("Dates", string.Join(", ", letter.Event.Days.Select(d => d.Date.ToString("d MMMM yyyy", culture)))),
                T("Venue", letter.Event.Venue),
            ],
            badge,
            T("ManageLink"),
            ManageLink(letter.ManageToken),
            T("KeepPrivate"),
            T("Signature"));

        var message = new MimeMessage { Date = time.GetUtcNow(), Subject = content.Subject };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress($"{letter.FirstName} {letter.LastName}", letter.Email));
        builder.TextBody = content.PlainText();
        builder.HtmlBody = await html.RenderAsync<LetterHtml>(new() { [nameof(LetterHtml.Content)] = content });
        var calendar = builder.Attachments.Add("event.ics", Encoding.UTF8.GetBytes(EventCalendar.Write(letter.Event, lang)), new ContentType("text", "calendar"));
        calendar.ContentType.Charset = "utf-8";
        calendar.ContentType.Parameters.Add("method", "PUBLISH");
        message.Body = builder.ToMessageBody();
        // A MIME header: MimeKit keeps it on the body entity, where mail clients look for it.
        message.Body.Headers.Replace(HeaderId.ContentLanguage, culture.Name);

        using var stream = new MemoryStream();
        await message.WriteToAsync(stream);
        return stream.ToArray();
    }

    private string ManageLink(string token) => options.Value.PublicUrl.TrimEnd('/') + "/r/" + token;

    /// <summary>The texts (MailText.resx) of each kind of e-mail: its subject and what it tells.</summary>
    private static (string Subject, string Body) Keys(LetterKind kind) => kind switch
    {
        LetterKind.Confirmed => ("Confirmed.Subject", "Confirmed.Body"),
        LetterKind.Waitlisted => ("Waitlisted.Subject", "Waitlisted.Body"),
        LetterKind.Promoted => ("Promoted.Subject", "Promoted.Body"),
        LetterKind.Link => ("Link.Subject", "Link.Body"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
