using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Web.Resources;
using EventHub.Web.Features.Accounts;
using EventHub.Web.Features.Devices;
using EventHub.Web.Features.Program;
using EventHub.Web.Backplane;
using EventHub.Web.Features.CheckIns;
using EventHub.Web.Features.Registrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace EventHub.Web.Hosting;

public static class ServiceRegistration
{
    public static readonly CultureInfo[] SupportedCultures = [new("fr-CA"), new("en-CA")];

    public static WebApplicationBuilder AddEventHub(this WebApplicationBuilder builder)
    {
        builder.AddOperatorSettings();
        var settings = EventHubSettings.From(builder.Configuration);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddEventHubCore(settings.Database);
        services.AddHostedService<StartupTasks>();

        services.AddSecurityHeaders(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProgramPageCache();
        // French text is served as is (é, not &#xE9;): smaller pages, readable source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalizedMudServices();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // The visible switch writes the standard culture cookie; the browser's language is not guessed.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddDataProtection().SetApplicationName("EventHub").PersistKeysToDbContext<EventHubDbContext>();
        services.AddHealthChecks().AddDbContextCheck<EventHubDbContext>("database");
        services.AddEventHubIdentity();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddOptions<ScanLimitOptions>().BindConfiguration("RateLimits:Scans");
        services.AddOptions<RegistrationLimitOptions>().BindConfiguration("RateLimits:Registrations");
        services.AddOptions<SignInLimitOptions>().BindConfiguration("RateLimits:SignIns");
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddRateLimiter(options => options.AddPolicy<string, RegistrationRateLimit>(RegistrationRateLimit.Name));
        services.AddSingleton<ScanLimiter>();
        // Only the door list is compressed (see DoorListApi.UseDoorListCompression): it reflects nothing a request sends.
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddScoped<EventHub.Web.Features.Events.OrganizerConference>();
        services.AddSingleton<PublicProgramSource>();
        services.AddOptions<MailOptions>().BindConfiguration("Mail")
            .Configure<IConfiguration>((mail, configuration) => mail.PublicUrl = configuration["EventHub:PublicUrl"] is { Length: > 0 } url ? url : mail.PublicUrl);
        services.AddSingleton<IEmailSender>(provider => configuration["Mail:Sender"] is { } sender && sender.Equals("Smtp", StringComparison.OrdinalIgnoreCase)
            ? ActivatorUtilities.CreateInstance<SmtpSender>(provider)
            : new PickupFolderSender(Path.Combine(settings.DataFolder, "mail")));
        services.AddHostedService<OutboxDispatcher>();
        services.AddRedisBackplane(configuration);
        services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(options => AllowedHosts.Apply(options, configuration));
        return builder;
    }

    private static void AddEventHubIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, DeviceTokenAuthentication>(DeviceTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.AddAuthorizationBuilder()
            .AddPolicy(DeviceTokenAuthentication.Policy, policy => policy
                .AddAuthenticationSchemes(DeviceTokenAuthentication.SchemeName)
                .RequireClaim(DeviceTokenAuthentication.DeviceIdClaim))
            .AddDoorListPolicy();
        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EventHubDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "EventHub.Staff";
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;
            // An API caller (the door page's script, a scanner app) gets a status code, not the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // Sign-out, a password change, a role change and disabling an account renew the security stamp;
        // checking it at every request makes any cookie issued before that refused at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
