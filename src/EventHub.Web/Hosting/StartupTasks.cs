using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Accounts;
using EventHub.Core.Features.Demo;

namespace EventHub.Web.Hosting;

/// <summary>
/// Runs before the server listens: migrates the database, creates the roles, makes sure an organizer
/// can sign in, and fills an empty database with the demo conference when asked (--demo).
/// </summary>
internal sealed class StartupTasks(IServiceProvider services, EventHubSettings settings, IConfiguration configuration, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        await BootstrapOrganizerAsync(accounts, configuration);
        if (settings.Demo && await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken))
        {
            logger.LogInformation("Demo conference written ({Attendees} registrations)", DemoSeeder.Attendees);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// With no organizer yet, creates one from Bootstrap:OrganizerEmail and Bootstrap:OrganizerPassword,
    /// or with a generated one-time password printed once on the console (never to the log).
    /// </summary>
    internal static async Task BootstrapOrganizerAsync(StaffAccounts accounts, IConfiguration configuration)
    {
        if (await accounts.AnyOrganizerAsync())
        {
            return;
        }
        var email = configuration["Bootstrap:OrganizerEmail"] is { Length: > 0 } configured ? configured : "organisation@eventhub.local";
        var result = await accounts.CreateAsync(email, "Organisation", Roles.Organizer, configuration["Bootstrap:OrganizerPassword"]);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The first organizer could not be created: {result.Error!.Code} {string.Join(' ', result.Error.Arguments)}");
        }
        if (result.Value!.OneTimePassword is { } password)
        {
            Console.Out.WriteLine($"""

                ================================================================
                 EventHub : premier compte organisateur / first organizer account
                   Courriel / E-mail : {email}
                   Mot de passe à usage unique / One-time password : {password}
                 À changer à la première connexion / change it at first sign-in.
                ================================================================

                """);
        }
    }
}
