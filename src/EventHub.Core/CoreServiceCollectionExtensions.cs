using EventHub.Core.Data;
using EventHub.Core.Features.Accounts;
using EventHub.Core.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The database (one context per operation through the factory) and the domain services.</summary>
    public static IServiceCollection AddEventHubCore(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(database);
        services.AddDbContextFactory<EventHubDbContext>(options => options.UseEventHubDatabase(database));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DemoSeeder>();
        services.AddScoped<StaffAccounts>();
        services.AddSingleton<Features.Events.EventOverview>();
        services.AddSingleton<Features.CheckIns.CheckInService>();
        services.AddSingleton<Features.Program.PublishedProgram>();
        services.AddSingleton<Features.Program.ScheduleWrites>();
        services.AddSingleton<Features.Program.SchedulePlanner>();
        services.AddSingleton<Features.Program.VenueCatalog>();
        services.AddSingleton<Features.Program.SpeakerCatalog>();
        services.AddSingleton<Features.Program.SessionCatalog>();
        return services;
    }
}
