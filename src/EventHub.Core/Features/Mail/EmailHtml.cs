using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Features.Mail;

/// <summary>
/// Writes an e-mail's HTML part from a Razor component, outside any web request (the outbox sends from a
/// background service). Razor encodes every value it writes, so whatever an attendee or an organizer typed
/// arrives as text, never as markup.
/// </summary>
public sealed class EmailHtml(ILoggerFactory loggers)
{
    // The renderer's own services, the same in every host: an encoder that writes accented letters as they
    // are (é, not &#xE9;) and still encodes < > & " and '.
    private static readonly IServiceProvider RendererServices = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public async Task<string> RenderAsync<TComponent>(Dictionary<string, object?> parameters) where TComponent : IComponent
    {
        // One renderer per e-mail: a renderer holds on to every component it rendered until it is disposed.
        await using var renderer = new HtmlRenderer(RendererServices, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
