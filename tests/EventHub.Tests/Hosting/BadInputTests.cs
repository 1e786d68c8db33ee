using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using EventHub.Core.Data;
using EventHub.Core.Features.Devices;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Hosting;

/// <summary>Inputs an attacker or a broken client sends get a clear 4xx, never a 500 or the HTML error page (issue 16, point 15).</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly EventHubApp _app = new();
    private Uri _baseUrl = null!;

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartOnLoopback();
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        await TestData.EventWithTicketAsync(db);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_forty_megabyte_scan_is_refused_with_413_as_json_problem_details()
    {
        var device = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync("Lecteur")).Value!;
        using var client = new HttpClient { BaseAddress = _baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", device.Token);
        var body = new StringContent("{\"code\":\"" + new string('A', 40 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");

        // As a well-behaved client sends a large body: it waits for the server's go-ahead, and gets the refusal instead.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkin") { Content = body };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_chunked_body_that_passes_the_limit_is_refused_with_413_too()
    {
        var device = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync("Lecteur")).Value!;
        using var client = new HttpClient { BaseAddress = _baseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", device.Token);
        // No length announced: the server finds out while reading.
        var body = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"code\":\"" + new string('A', 200 * 1024) + "\"}")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkin") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_badge_sheet_with_a_ticket_that_is_not_a_number_shows_every_badge()
    {
        using var client = _app.CreateClient();
        await HtmlForms.SignInAsync(client, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);

        var response = await client.GetAsync("/badges?ticket=abc&from=%3C&to=zz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_thousand_word_search_of_the_export_and_the_scanner_api_answers()
    {
        var words = Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("ab", 1_000)));
        using var organizer = _app.CreateClient();
        await HtmlForms.SignInAsync(organizer, EventHubApp.OrganizerEmail, EventHubApp.OrganizerPassword);
        var device = (await _app.Services.GetRequiredService<DeviceTokens>().IssueAsync("Lecteur")).Value!;
        using var scanner = new HttpClient { BaseAddress = _baseUrl };
        scanner.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", device.Token);

        Assert.Equal(HttpStatusCode.OK, (await organizer.GetAsync($"/organizer/registrations.csv?q={words}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scanner.GetAsync($"/api/checkin/search?q={words}")).StatusCode);
    }

    [Fact]
    public async Task A_request_with_an_empty_host_header_is_a_400_not_a_500()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _baseUrl.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /register HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);

        var statusLine = await reader.ReadLineAsync();

        Assert.StartsWith("HTTP/1.1 400", statusLine);
    }
}
