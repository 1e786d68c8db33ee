using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;

namespace EventHub.Web.Features.Registrations;

/// <summary>
/// Reads a static form's post into a flat model as the page's <c>[SupplyParameterFromForm]</c> does
/// ("Input.FirstName" into <c>FirstName</c>): text as sent, numbers and booleans parsed invariantly, a
/// field not sent left at its default. Anything it is not sure of (a value that does not parse, a
/// field sent twice, a type it does not know) makes it say no, so that the page reads and reports it.
/// </summary>
internal static class PostedForm<T> where T : class, new()
{
    private static readonly PropertyInfo[] Properties =
        typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToArray();

    public static bool TryRead(IFormCollection form, string prefix, [NotNullWhen(true)] out T? model)
    {
        model = new T();
        foreach (var property in Properties)
        {
            if (!form.TryGetValue($"{prefix}.{property.Name}", out var values))
            {
                continue;
            }
            if (values.Count != 1 || !TryParse(values[0], property.PropertyType, out var value))
            {
                model = null;
                return false;
            }
            property.SetValue(model, value);
        }
        return true;
    }

    private static bool TryParse(string? text, Type type, out object? value)
    {
        value = null;
        var underlying = Nullable.GetUnderlyingType(type);
        if (type == typeof(string))
        {
            value = text;
            return true;
        }
        if (underlying is not null && string.IsNullOrEmpty(text))
        {
            return true;
        }
        switch (underlying ?? type)
        {
            case var t when t == typeof(int) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case var t when t == typeof(bool) && bool.TryParse(text, out var flag):
                value = flag;
                return true;
            default:
                return false;
        }
    }
}
