using System.Net;
using System.Text;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Program;

/// <summary>Photos are typed from their bytes (never the file name), at most 2 MB, and served by the app.</summary>
public sealed class SpeakerPhotoTests : IAsyncLifetime
{
    /// <summary>A real 1×1 PNG image.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly EventHubApp _app = new();
    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.CreateAsync(_app.Services);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_text_file_renamed_to_png_is_refused()
    {
        var renamed = Encoding.UTF8.GetBytes("portrait.png — this is only text, whatever its name says");

        var result = await _program.Speakers.SetPhotoAsync(_program.Event.Id, _program.Marie.Id, renamed);

        Assert.Equal("Photo.UnsupportedType", result.Error?.Code);
    }

    [Fact]
    public async Task An_svg_is_refused()
    {
        var svg = Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><script>alert(1)</script></svg>""");

        var result = await _program.Speakers.SetPhotoAsync(_program.Event.Id, _program.Marie.Id, svg);

        Assert.Equal("Photo.UnsupportedType", result.Error?.Code);
    }

    [Fact]
    public async Task An_image_over_2_mb_is_refused()
    {
        var oversized = new byte[PhotoFormat.MaxBytes + 1];
        Png.CopyTo(oversized, 0);

        var result = await _program.Speakers.SetPhotoAsync(_program.Event.Id, _program.Marie.Id, oversized);

        Assert.Equal("Photo.TooLarge", result.Error?.Code);
        Assert.Equal(2, result.Error!.Arguments[0]);
    }

    [Fact]
    public async Task A_real_png_is_accepted_and_served_by_the_app_once_the_speaker_is_on_the_program()
    {
        var result = await _program.Speakers.SetPhotoAsync(_program.Event.Id, _program.Marie.Id, Png);
        var client = _app.CreateClient();
        var beforePublishing = await client.GetAsync($"/speakers/{_program.Marie.Id}/photo");
        await _program.PublishedAsync("Portraits", _program.BigRoom, new TimeOnly(9, 0), 60, _program.Marie);

        var response = await client.GetAsync($"/speakers/{_program.Marie.Id}/photo");

        Assert.Equal("image/png", result.Value);
        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"/speakers/{_program.Marie.Id}/photo", await client.GetStringAsync($"/speakers/{_program.Marie.Id}"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, null)]
    [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a' }, null)]
    public void Format_is_decided_from_the_first_bytes(byte[] content, string? expected) =>
        Assert.Equal(expected, PhotoFormat.Detect(content));
}
