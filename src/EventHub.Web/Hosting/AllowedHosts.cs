using Microsoft.AspNetCore.HostFiltering;

namespace EventHub.Web.Hosting;

/// <summary>
/// Which Host headers the app answers. A request's Host becomes part of the addresses the app writes
/// (redirects, links), so a forged one ("Host: evil.example") must never be served. Unless the operator
/// sets <c>AllowedHosts</c> themselves, the app answers the host of <c>EventHub:PublicUrl</c> and the
/// loopback names (a request naming them reaches only the machine itself) and refuses any other with 400.
/// </summary>
internal static class AllowedHosts
{
    public static void Apply(HostFilteringOptions options, IConfiguration configuration)
    {
        if (configuration["AllowedHosts"] is { Length: > 0 })
        {
            // The operator's own list (or "*"), already read by ASP.NET Core.
            return;
        }
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (Uri.TryCreate(configuration["EventHub:PublicUrl"], UriKind.Absolute, out var publicUrl) && !hosts.Contains(publicUrl.Host))
        {
            hosts.Add(publicUrl.IdnHost);
        }
        options.AllowedHosts = hosts;
    }
}
