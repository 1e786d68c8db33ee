using EventHub.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace EventHub.Tests.Hosting;

/// <summary>People read the console in Development; log collectors read it in Production (issue 16, point 23).</summary>
public sealed class ConsoleLogFormatTests
{
    [Theory]
    [InlineData("Development", "simple")]
    [InlineData("Production", "json")]
    public void The_console_formatter_follows_the_environment(string environment, string formatter)
    {
        // As `dotnet run --project src/EventHub.Web` starts the app: its content root is the project's folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = Path.Combine(RepositoryPaths.Root, "src", "EventHub.Web"),
        });
        builder.AddOperatorSettings();

        Assert.Equal(formatter, builder.Configuration["Logging:Console:FormatterName"]);
        // The operator's settings still apply beneath the environment's.
        Assert.Equal("Sqlite", builder.Configuration["Database:Provider"]);
    }
}
