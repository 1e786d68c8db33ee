using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;

namespace EventHub.Web.Resources;

/// <summary>
/// MudBlazor's own words (a pager's "Next page", a field's "Clear", a snackbar's "Close") from the
/// app's resources under MudBlazor's keys ("MudDataGridPager_NextPage"), so that a French page does
/// not name its buttons in English for a screen reader. A key the resources lack keeps MudBlazor's English.
/// </summary>
internal sealed class ResourceMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key] => localizer[key];
}

public static class LocalizedMudServices
{
    /// <summary>MudBlazor's services, speaking the app's languages.</summary>
    public static IServiceCollection AddLocalizedMudServices(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddTransient<MudLocalizer, ResourceMudLocalizer>();
        return services;
    }
}
