using System.Net;
using System.Text.RegularExpressions;

namespace EventHub.Tests.Infrastructure;

/// <summary>Submits server-rendered forms the way a browser without JavaScript does.</summary>
public static partial class HtmlForms
{
    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The page has no antiforgery token."));

    /// <summary>GETs the page, then POSTs <paramref name="fields"/> with the page's antiforgery token and the form's handler name.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var content = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["_handler"] = formName,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(content));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
