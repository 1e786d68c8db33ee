using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Demo;
using EventHub.Core.Features.Devices;
using EventHub.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Hosting;

/// <summary>The administrative verbs, run as the app runs them, on their own temporary database.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CommandLineVerbTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eventhub-verbs-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private async Task<(int ExitCode, string Output, WebApplication App)> RunAsync(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(CommandLineVerbs.NormalizeArguments(args));
        builder.Configuration["EventHub:DataFolder"] = _folder;
        builder.Configuration["ConnectionStrings:EventHub"] = $"Data Source={Path.Combine(_folder, "eventhub.db")}";
        builder.AddEventHub();
        var app = builder.Build();
        var original = Console.Out;
        var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var exit = await CommandLineVerbs.Find(args)!(app, args);
            return (exit, output.ToString(), app);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public async Task Issue_device_token_prints_a_token_once_and_stores_only_its_hash()
    {
        var (exit, output, app) = await RunAsync("issue-device-token", "--name", "Porte A");
        await using var _ = app;

        Assert.Equal(0, exit);
        var token = output.Trim().Split('\n')[^1].Trim();
        var device = await app.Services.GetRequiredService<DeviceTokens>().AuthenticateAsync(token);
        Assert.Equal("Porte A", device?.Name);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.DoesNotContain(await db.Devices.Select(d => d.TokenHash).ToListAsync(), h => h == token);
    }

    [Fact]
    public async Task Create_organizer_without_a_password_prints_a_one_time_password()
    {
        var (exit, output, app) = await RunAsync("create-organizer", "--email", "directrice@test.example", "--name", "Directrice");
        await using var _ = app;

        Assert.Equal(0, exit);
        Assert.Contains("directrice@test.example", output);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("directrice@test.example");
        Assert.True(user!.MustChangePassword);
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().IsInRoleAsync(user, Roles.Organizer));
    }

    [Fact]
    public async Task Seed_demo_twice_changes_nothing_the_second_time()
    {
        var (first, firstOutput, app1) = await RunAsync("seed-demo");
        await app1.DisposeAsync();
        var (second, secondOutput, app2) = await RunAsync("seed-demo");
        await using var _ = app2;

        Assert.Equal((0, 0), (first, second));
        Assert.Contains("1600", firstOutput.Replace(" ", "").Replace(",", ""));
        Assert.Contains("rien n'a changé", secondOutput);
        await using var db = await app2.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.Equal(1_600, await db.Registrations.CountAsync(r => db.Events.Any(e => e.Id == r.EventId && e.Slug == DemoSeeder.Slug)));
        Assert.Equal(2, await db.Events.CountAsync());
    }

    [Fact]
    public async Task A_verb_without_its_option_explains_its_usage()
    {
        var (exit, _, app) = await RunAsync("issue-device-token");
        await using var _ = app;

        Assert.Equal(2, exit);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console output";
}
