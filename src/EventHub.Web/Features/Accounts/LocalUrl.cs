namespace EventHub.Web.Features.Accounts;

public static class LocalUrl
{
    /// <summary>A return address from a query string, kept only if it stays on this site.</summary>
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\")
            ? url
            : "/";
}
