using EventHub.Core.Domain;
using EventHub.Core.Features.Accounts;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Testing;

/// <summary>
/// The whole application on its own temporary SQLite database: in memory for HTTP tests, or on a real
/// Kestrel bound to 127.0.0.1 for browser tests. Shared by both test projects (linked source).
/// </summary>
public sealed class EventHubApp(
    bool configureOrganizerPassword = true,
    string? dataFolder = null,
    IReadOnlyDictionary<string, string>? settings = null,
    TimeProvider? time = null,
    CapturedLogs? logs = null)
    : WebApplicationFactory<Program>
{
    public const string OrganizerEmail = "organisation@test.example";
    public const string OrganizerPassword = "Organisation-2027!";
    public const string DoorStaffEmail = "porte@test.example";
    public const string DoorStaffPassword = "Accueil-Porte-A-2027!";

    private readonly string _folder = dataFolder ?? Directory.CreateTempSubdirectory("eventhub-app-").FullName;
    private readonly bool _ownsFolder = dataFolder is null;

    public string DataFolder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, the framework and MudBlazor files are found through the build's static web assets manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("EventHub:DataFolder", _folder);
        builder.UseSetting("ConnectionStrings:EventHub", $"Data Source={Path.Combine(_folder, "eventhub.db")}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Bootstrap:OrganizerEmail", OrganizerEmail);
        builder.UseSetting("Bootstrap:OrganizerPassword", configureOrganizerPassword ? OrganizerPassword : "");
        builder.UseSetting("EventHub:Demo", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }
        if (time is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(time));
        }
    }

    /// <summary>Creates a door-staff account with a known password.</summary>
    public async Task CreateDoorStaffAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var result = await accounts.CreateAsync(DoorStaffEmail, "Porte A", Roles.DoorStaff, DoorStaffPassword);
        Assert.True(result.Succeeded, result.Error?.Code);
    }

    /// <summary>Starts a real Kestrel on loopback, on <paramref name="port"/> or else a free port, and returns its address.</summary>
    public Uri StartOnLoopback(int port = 0)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    /// <summary>
    /// A loopback port free right now, for a test that must know the app's address before it starts
    /// (for instance to put it in "EventHub:PublicUrl", the base of the links in e-mails).
    /// </summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
        {
            return;
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
