using System.Net;
using System.Text;
using EventHub.Core.Features.Badges;
using EventHub.Core.Features.Mail;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;

namespace EventHub.Core.Features.Registrations;

/// <summary>
/// Writes an attendee e-mail in their language: a summary, the QR badge as an inline image (when a
/// seat is held), the private link and the event as an .ics attachment. The result is the .eml bytes
/// the outbox dispatcher hands to the sender, written just before sending (see <see cref="OutboxLetters"/>).
/// </summary>
public sealed class EmailComposer(EmailTexts texts, IOptions<MailOptions> options, TimeProvider time)
{
    public byte[] Compose(Letter letter)
    {
        var lang = letter.Language;
        string T(string key, params object[] args) => texts.Get(lang, key, args);
        var eventName = letter.Event.Name.In(lang);
        var link = ManageLink(letter.ManageToken);

        var message = new MimeMessage { Date = time.GetUtcNow(), Subject = T($"Email.{letter.Kind}.Subject", eventName) };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress($"{letter.FirstName} {letter.LastName}", letter.Email));

        var paragraphs = new List<string>
        {
            T("Email.Greeting", letter.FirstName),
            T($"Email.{letter.Kind}.Body", eventName, letter.Ticket.In(lang), letter.WaitlistRank ?? 0),
            T("Email.Ticket", letter.Ticket.In(lang)),
            T("Email.Dates", string.Join(", ", letter.Event.Days.Select(d => d.Date.ToString("d MMMM yyyy", EmailTexts.Culture(lang))))),
            T("Email.Venue", letter.Event.Venue),
        };
        var builder = new BodyBuilder();
        var html = new StringBuilder($"<!DOCTYPE html><html lang=\"{lang}\"><body>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }
        if (letter.BadgeCode is { } badgeCode)
        {
            var qr = builder.LinkedResources.Add("badge.png", BadgeQr.Png(badgeCode), new ContentType("image", "png"));
            qr.ContentId = MimeUtils.GenerateMessageId();
            paragraphs.Add(T("Email.Badge"));
            html.Append("<p>").Append(WebUtility.HtmlEncode(T("Email.Badge"))).Append("</p>")
                .Append($"<p><img src=\"cid:{qr.ContentId}\" width=\"240\" height=\"240\" alt=\"{WebUtility.HtmlEncode(T("Email.BadgeAlt"))}\"></p>");
        }
        paragraphs.Add(T("Email.ManageLink", link));
        paragraphs.Add(T("Email.KeepPrivate"));
        paragraphs.Add(T("Email.Signature"));
        html.Append("<p>").Append(WebUtility.HtmlEncode(T("Email.ManageLink", ""))).Append($"<a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>")
            .Append("<p>").Append(WebUtility.HtmlEncode(T("Email.KeepPrivate"))).Append("</p>")
            .Append("<p>").Append(WebUtility.HtmlEncode(T("Email.Signature"))).Append("</p></body></html>");
        builder.TextBody = string.Join("\n\n", paragraphs) + "\n";
        builder.HtmlBody = html.ToString();

        var calendar = builder.Attachments.Add("event.ics", Encoding.UTF8.GetBytes(EventCalendar.Write(letter.Event, lang)), new ContentType("text", "calendar"));
        calendar.ContentType.Charset = "utf-8";
        calendar.ContentType.Parameters.Add("method", "PUBLISH");
        message.Body = builder.ToMessageBody();
        // A MIME header: MimeKit keeps it on the body entity, where mail clients look for it.
        message.Body.Headers.Replace(HeaderId.ContentLanguage, EmailTexts.Culture(lang).Name);

        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }

    public string ManageLink(string token) => options.Value.PublicUrl.TrimEnd('/') + "/r/" + token;
}
