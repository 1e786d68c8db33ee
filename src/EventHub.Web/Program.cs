using EventHub.Web.Hosting;

var builder = WebApplication.CreateBuilder(CommandLineVerbs.NormalizeArguments(args));
builder.AddEventHub();

var app = builder.Build();
if (CommandLineVerbs.Find(args) is { } verb)
{
    return await verb(app, args);
}

app.UseEventHub();
await app.RunAsync();
return 0;

/// <summary>Entry point, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
