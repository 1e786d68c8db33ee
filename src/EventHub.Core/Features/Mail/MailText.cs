namespace EventHub.Core.Features.Mail;

/// <summary>
/// Marker for the e-mails' strings: MailText.resx holds French (fr-CA, the default), MailText.en.resx
/// English. They live in Core so that Core writes its e-mails without the web project; every key exists
/// in both languages (a test checks it).
/// </summary>
public sealed class MailText;
