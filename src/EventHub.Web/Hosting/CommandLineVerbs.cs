using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Accounts;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Devices;

namespace EventHub.Web.Hosting;

/// <summary>
/// Administrative verbs: <c>seed-demo</c>, <c>create-organizer --email … [--password …] [--name …]</c>
/// and <c>issue-device-token --name "Door A"</c>.
/// </summary>
public static class CommandLineVerbs
{
    public delegate Task<int> Verb(WebApplication app, string[] args);

    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["seed-demo"] = SeedDemoAsync,
        ["create-organizer"] = CreateOrganizerAsync,
        ["issue-device-token"] = IssueDeviceTokenAsync,
    };

    public static Verb? Find(string[] args) => args is [var first, ..] && Verbs.TryGetValue(first, out var verb) ? verb : null;

    /// <summary>Turns the bare <c>--demo</c> switch into a configuration value the host understands.</summary>
    public static string[] NormalizeArguments(string[] args) =>
        args.Select(a => a == "--demo" ? "--EventHub:Demo=true" : a).ToArray();

    private static async Task<int> SeedDemoAsync(WebApplication app, string[] args)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var written = await app.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        Console.Out.WriteLine(written
            ? $"Conférence de démonstration écrite : {DemoSeeder.Attendees} inscriptions, et l'édition de l'an dernier en archive. / Demo conference written, with last year's edition as an archive."
            : "La conférence de démonstration est déjà là ; rien n'a changé. / The demo conference is already there; nothing changed.");
        return 0;
    }

    private static async Task<int> CreateOrganizerAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (email is null)
        {
            Console.Error.WriteLine("Usage : create-organizer --email ADRESSE [--password MOT_DE_PASSE] [--name NOM]");
            return 2;
        }
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        await accounts.EnsureRolesAsync();
        var result = await accounts.CreateAsync(email, Option(args, "--name") ?? email, Roles.Organizer, Option(args, "--password"));
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Impossible de créer le compte / cannot create the account: {result.Error!.Code} {string.Join(' ', result.Error.Arguments)}");
            return 1;
        }
        Console.Out.WriteLine(result.Value!.OneTimePassword is { } password
            ? $"Organisateur créé / organizer created: {email}\nMot de passe à usage unique / one-time password: {password}"
            : $"Organisateur créé / organizer created: {email}");
        return 0;
    }

    private static async Task<int> IssueDeviceTokenAsync(WebApplication app, string[] args)
    {
        if (Option(args, "--name") is not { } name)
        {
            Console.Error.WriteLine("Usage : issue-device-token --name \"Porte A\"");
            return 2;
        }
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        var result = await app.Services.GetRequiredService<DeviceTokens>().IssueAsync(name);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Nom d'appareil invalide / invalid device name: {result.Error!.Code}");
            return 1;
        }
        // Printed once, to standard output only: the database keeps its hash.
        Console.Out.WriteLine($"Appareil / device {result.Value!.Id} « {result.Value.Name} »");
        Console.Out.WriteLine(result.Value.Token);
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
