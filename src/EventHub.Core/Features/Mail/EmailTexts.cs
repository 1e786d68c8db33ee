using System.Globalization;
using Microsoft.Extensions.Localization;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// The application's strings in a language chosen per message (the attendee's), not per request:
/// e-mails are written in the language the attendee asked for, whatever page they used.
/// </summary>
public sealed class EmailTexts(IStringLocalizer localizer)
{
    public static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language == "en" ? "en-CA" : "fr-CA");

    public string Get(string language, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Culture(language);
        try
        {
            var text = localizer[key];
            if (text.ResourceNotFound)
            {
                throw new InvalidOperationException($"The e-mail text '{key}' is missing.");
            }
            return arguments.Length == 0 ? text.Value : string.Format(Culture(language), text.Value, arguments);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
