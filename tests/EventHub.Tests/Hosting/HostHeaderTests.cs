using System.Net;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Hosting;

/// <summary>A forged Host header is refused, so it can never reach a redirect or a link (issue 16, point 16).</summary>
public sealed class HostHeaderTests
{
    private static async Task<HttpStatusCode> GetWithHostAsync(EventHubApp app, string host)
    {
        var baseUrl = app.StartOnLoopback();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Host = host;
        return (await client.SendAsync(request)).StatusCode;
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    // The public host over plain http is sent to https, since the public address is https (point 20).
    [InlineData("jiq.example", HttpStatusCode.TemporaryRedirect)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.OK)]
    public async Task Only_the_public_address_s_host_and_loopback_are_answered(string host, HttpStatusCode expected)
    {
        await using var app = new EventHubApp(settings: new Dictionary<string, string> { ["EventHub:PublicUrl"] = "https://jiq.example" });

        Assert.Equal(expected, await GetWithHostAsync(app, host));
    }

    [Fact]
    public async Task An_operator_s_own_list_replaces_the_derived_one()
    {
        await using var app = new EventHubApp(settings: new Dictionary<string, string> { ["AllowedHosts"] = "inscriptions.jiq.example" });

        Assert.Equal(HttpStatusCode.OK, await GetWithHostAsync(app, "inscriptions.jiq.example"));
    }
}
