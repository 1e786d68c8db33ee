using System.Globalization;
using Bunit;
using EventHub.Web.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Infrastructure;

public static class ComponentTestContext
{
    /// <summary>A bUnit context with MudBlazor, the app's strings and French (fr-CA) as the current culture.</summary>
    public static BunitContext Create()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("fr-CA");
        var context = new BunitContext();
        context.Services.AddLocalizedMudServices();
        context.Services.AddLocalization();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        return context;
    }
}
