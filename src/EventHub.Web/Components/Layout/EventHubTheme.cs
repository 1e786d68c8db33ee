using MudBlazor;

namespace EventHub.Web.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast (4.5:1) with white text, and of grey text on the page background.</summary>
public static class EventHubTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            Secondary = "#8a1538",
            AppbarBackground = "#0b4f8a",
            Success = "#1b5e20",
            Warning = "#8a5300",
            Error = "#b71c1c",
            Info = "#0b5394",
            // MudBlazor's default secondary text (54 % black) falls under 4.5:1 on the page background.
            TextSecondary = "rgba(0,0,0,0.70)",
            Background = "#f4f6f8",
        },
    };
}
