using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EventHub.Tests.Infrastructure;

/// <summary>The real e-mail composer with Core's own texts and template.</summary>
public static class TestMail
{
    public static EmailComposer Composer(TimeProvider time) =>
        new(new EmailTexts(), new EmailHtml(NullLoggerFactory.Instance), Options.Create(new MailOptions { PublicUrl = "https://jiq.example" }), time);

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
