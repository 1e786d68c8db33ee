using MudBlazor;

namespace EventHub.Web.Components.Layout;

/// <summary>Colours chosen for WCAG AA contrast with white text.</summary>
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
        },
    };
}
