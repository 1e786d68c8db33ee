using EventHub.Core.Data;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using EventHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Tests.Infrastructure;

/// <summary>The real e-mail composer with the application's own resource files, and the registration service on a test database.</summary>
public static class TestMail
{
    public static EmailTexts Texts() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource)));

    public static EmailComposer Composer(TimeProvider time) => new(Texts(), Options.Create(new MailOptions { PublicUrl = "https://jiq.example" }), time);

    public static RegistrationService Registrations(TestDatabase database, TimeProvider time) =>
        new(database.Factory, new WriteGate(database.Settings), Composer(time), new OutboxSignal(), time);

    public static MimeMessage Parse(byte[] eml) => MimeMessage.Load(new MemoryStream(eml));
}
