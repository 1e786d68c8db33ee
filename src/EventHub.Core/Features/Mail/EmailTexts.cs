using System.Globalization;
using System.Resources;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// The e-mails' strings (MailText.resx in French, the default; MailText.en.resx in English) in a language
/// chosen per message, the attendee's, not per request: e-mails are written in the language the attendee
/// asked for, whatever page they used, and by a background service that has no request at all.
/// </summary>
public sealed class EmailTexts
{
    private static readonly ResourceManager Resources = new(typeof(MailText).FullName!, typeof(MailText).Assembly);

    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-CA" : "fr-CA");

    public string Get(string language, string key, params object[] arguments)
    {
        var culture = Culture(language);
        var text = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"The e-mail text '{key}' is missing.");
        return arguments.Length == 0 ? text : string.Format(culture, text, arguments);
    }
}
