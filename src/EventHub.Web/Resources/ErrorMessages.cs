using EventHub.Core;
using Microsoft.Extensions.Localization;

namespace EventHub.Web.Resources;

public static class ErrorMessages
{
    /// <summary>An expected error in the reader's language, its placeholders filled (titles in that language too).</summary>
    public static string Message(this IStringLocalizer localizer, Error error) => localizer[error.Code, error.Arguments].Value;
}
