namespace EventHub.Tests.Infrastructure;

internal static class UriExtensions
{
    /// <summary>The path and query of a Location header, whether the server wrote it absolute or relative.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
