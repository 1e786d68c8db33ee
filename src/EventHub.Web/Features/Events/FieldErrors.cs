using EventHub.Core;
using EventHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EventHub.Web.Features.Events;

/// <summary>
/// Refusals of the conference pages, kept by field so each shows under its input: MudBlazor's fields take an error
/// text directly, which keeps the message in the reader's language without DataAnnotations' keys.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> ByField => _byField;

    /// <summary>The message for the page's alert, when the refusal names no field of <paramref name="model"/>.</summary>
    public string? General { get; private set; }

    public bool Any => _byField.Count > 0 || General is not null;

    public void Clear()
    {
        _byField.Clear();
        General = null;
    }

    public void Show(Error error, IStringLocalizer localizer, object model)
    {
        Clear();
        var text = localizer.Message(error);
        if (error is ValidationError { Field: var field } && model.GetType().GetProperty(field) is not null)
        {
            _byField[field] = text;
        }
        else
        {
            General = text;
        }
    }
}
