using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Tests.Infrastructure;

/// <summary>The real e-mail composer with Core's own texts and template, and the registration service on a test database.</summary>
public static class TestMail
{
    public static EmailComposer Composer(TimeProvider time) =>
        new(new EmailTexts(), new EmailHtml(NullLoggerFactory.Instance), Options.Create(new MailOptions { PublicUrl = "https://jiq.example" }), time);

    public static RegistrationService Registrations(TestDatabase database, TimeProvider time, WriteGate? gate = null) =>
        new(database.Factory, gate ?? new WriteGate(database.Settings), new OutboxSignal(), time);

    /// <summary>Registers someone as the form does (consent given) and fails the test when the service refuses.</summary>
    public static async Task<RegistrationReceipt> RegisteredAsync(this RegistrationService service, int ticketId, AttendeeDetails attendee)
    {
        var result = await service.RegisterAsync(new RegistrationRequest(ticketId, attendee, ConsentGiven: true));
        Assert.True(result.Succeeded, result.Error?.Code);
        return result.Value!;
    }

    /// <summary>The outbox's real writer of registration e-mails.</summary>
    public static OutboxLetters Letters(TimeProvider time) => new(Composer(time));

    /// <summary>The e-mail an outbox message becomes when the dispatcher sends it now; fails the test when it no longer applies.</summary>
    public static async Task<MimeMessage> ComposeAsync(TestDatabase database, OutboxMessage message)
    {
        await using var db = database.NewContext();
        var write = await Letters(TimeProvider.System).PrepareAsync(db, [message], CancellationToken.None);
        var eml = await write(message) ?? throw new Xunit.Sdk.XunitException($"Outbox message {message.Id} ({message.Kind}) no longer applies.");
        return Parse(eml);
    }

    public static MimeMessage Parse(byte[] eml) => MimeMessage.Load(new MemoryStream(eml));
}
