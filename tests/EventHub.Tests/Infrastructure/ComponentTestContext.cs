using System.Globalization;
using Bunit;
using EventHub.Core.Data;
using EventHub.Core.Features.Events;
using EventHub.Web.Features.Events;
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

    /// <summary>
    /// What an organizer page needs to know which conference it works on: the installation's conferences over
    /// <paramref name="database"/> and a signed-out user, so the page works on the installation's current one.
    /// </summary>
    public static BunitContext WithConferences(this BunitContext context, TestDatabase database)
    {
        context.AddAuthorization();
        context.Services.AddSingleton(new ConferenceDirectory(database.Factory, new WriteGate(database.Settings), TimeProvider.System));
        context.Services.AddScoped<OrganizerConference>();
        return context;
    }
}
