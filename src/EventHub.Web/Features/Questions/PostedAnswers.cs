using System.Globalization;
using EventHub.Core.Features.Questions;

namespace EventHub.Web.Features.Questions;

/// <summary>
/// The answers a static form posted, read from its fields as <see cref="AnswerRules.Field"/> names them
/// ("Answers.12", sent once per checked box for a multiple choice). The rules themselves are <see cref="AnswerRules"/>'.
/// </summary>
public static class PostedAnswers
{
    private const string Prefix = "Answers.";

    public static Dictionary<int, IReadOnlyList<string>> Read(IFormCollection form)
    {
        var answers = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (key, values) in form)
        {
            if (key.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                answers[id] = values.OfType<string>().ToList();
            }
        }
        return answers;
    }

    /// <summary>What a request posted, or nothing when it is not a form post.</summary>
    public static Dictionary<int, IReadOnlyList<string>> Read(HttpContext? context) =>
        context?.Request is { HasFormContentType: true } request && HttpMethods.IsPost(request.Method) ? Read(request.Form) : [];

    /// <summary>Each question's refusal, in the reader's language, by question id.</summary>
    public static Dictionary<int, string> Messages(AnswerCheck check, Microsoft.Extensions.Localization.IStringLocalizer localizer) =>
        check.Errors.ToDictionary(e => int.Parse(e.Field.AsSpan(Prefix.Length), CultureInfo.InvariantCulture), e => Resources.ErrorMessages.Message(localizer, e));
}
