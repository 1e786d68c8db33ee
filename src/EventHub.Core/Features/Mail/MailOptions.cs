namespace EventHub.Core.Features.Mail;

/// <summary>The "Mail" section of the settings: who sends, and through what.</summary>
public sealed class MailOptions
{
    public string From { get; set; } = "EventHub <no-reply@eventhub.local>";

    /// <summary>"Pickup" (files in the data folder, the default) or "Smtp".</summary>
    public string Sender { get; set; } = "Pickup";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Address of the site as attendees reach it, for links in e-mails (from "EventHub:PublicUrl").</summary>
    public string PublicUrl { get; set; } = "http://127.0.0.1:5130";
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
}
