using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Domain;
using EventHub.Core.Features.CheckIns;
using EventHub.Core.Features.Mail;
using EventHub.Core.Features.Registrations;
using EventHub.Core.Security;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EventHub.Core.Tests.Registrations;

/// <summary>
/// Core's e-mails, written by Core's services alone: this project does not reference the web project, so an
/// e-mail that needed one of its resources or registrations could not be composed here.
/// </summary>
public sealed class EmailComposerTests : IAsyncLifetime
{
    private static readonly MailEvent Conference = new("jiq-2027", new LocalizedText("Journée de l'informatique du Québec", "Quebec Computing Day"),
        "Centre des congrès de Québec", "America/Toronto", [new EventDayHours(new DateOnly(2027, 4, 27), new TimeOnly(8, 0), new TimeOnly(17, 0))]);

    private readonly string _badgeCode = SecureTokens.NewBadgeCode();
    private ServiceProvider _services = null!;
    private EmailComposer _composer = null!;

    public Task InitializeAsync()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddEventHubCore(DatabaseSettings.SqliteFile(Path.Combine(Path.GetTempPath(), $"eventhub-{Guid.NewGuid():N}.db")));
        services.Configure<MailOptions>(mail => mail.PublicUrl = "https://jiq.example");
        _services = services.BuildServiceProvider();
        _composer = _services.GetRequiredService<EmailComposer>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    public static TheoryData<LetterKind, string, string, string> Kinds => new()
    {
        { LetterKind.Confirmed, "fr", "Inscription confirmée\u00a0: Journée de l'informatique du Québec", "Votre inscription à Journée de l'informatique du Québec est confirmée. Merci!" },
        { LetterKind.Confirmed, "en", "Registration confirmed: Quebec Computing Day", "Your registration for Quebec Computing Day is confirmed. Thank you!" },
        { LetterKind.Waitlisted, "fr", "Liste d'attente\u00a0: Journée de l'informatique du Québec", "vous êtes sur la liste d'attente de Journée de l'informatique du Québec, au rang 3." },
        { LetterKind.Waitlisted, "en", "Waiting list: Quebec Computing Day", "you are on the waiting list for Quebec Computing Day, in position 3." },
        { LetterKind.Promoted, "fr", "Une place s'est libérée\u00a0: votre inscription est confirmée – Journée de l'informatique du Québec", "votre inscription à Journée de l'informatique du Québec est maintenant confirmée." },
        { LetterKind.Promoted, "en", "A seat opened up: your registration is confirmed – Quebec Computing Day", "your registration for Quebec Computing Day is now confirmed." },
        { LetterKind.Link, "fr", "Votre lien d'inscription\u00a0: Journée de l'informatique du Québec", "Voici un nouveau lien privé vers votre inscription" },
        { LetterKind.Link, "en", "Your registration link: Quebec Computing Day", "Here is a new private link to your registration" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Each_kind_of_email_is_written_in_french_and_in_english_without_the_web_project(LetterKind kind, string language, string subject, string saying)
    {
        var waitlisted = kind == LetterKind.Waitlisted;
        var mail = await ComposeAsync(Letter(kind, language, badgeCode: waitlisted ? null : _badgeCode, waitlistRank: waitlisted ? 3 : null));

        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "EventHub.Web");
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "EventHub.Web.dll")));
        var english = language == "en";
        Assert.Equal(subject, mail.Subject);
        Assert.Equal(english ? "en-CA" : "fr-CA", mail.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("marie@test.example", mail.To.Mailboxes.Single().Address);
        var link = "https://jiq.example/r/token-of-marie";
        string[] said =
        [
            english ? "Hello Marie," : "Bonjour Marie,",
            saying,
            english ? "Ticket type: General admission" : "Catégorie de billet\u00a0: Admission générale",
            english ? "Dates: 27 April 2027" : "Dates\u00a0: 27 avril 2027",
            english ? "Venue: Centre des congrès de Québec" : "Lieu\u00a0: Centre des congrès de Québec",
            link,
            english ? "The organizing team" : "L'équipe d'organisation",
        ];
        var html = Html(mail);
        Assert.All(said, text => Assert.Contains(text, mail.TextBody));
        Assert.All(said, text => Assert.Contains(text, html.Body!.TextContent));
        Assert.Equal(english ? "en-CA" : "fr-CA", html.DocumentElement.GetAttribute("lang"));
        Assert.Equal(link, html.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(!waitlisted, mail.BodyParts.OfType<MimePart>().Any(p => p.ContentType.MimeType == "image/png"));
        Assert.Equal(!waitlisted, mail.TextBody!.Contains(BadgeCodes.Grouped(_badgeCode)));
        Assert.Single(mail.Attachments.OfType<MimePart>(), p => p.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task The_html_email_has_its_subject_as_title_and_the_event_name_as_heading()
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var mail = await ComposeAsync(Letter(LetterKind.Confirmed, language, _badgeCode));

            var html = Html(mail);
            Assert.Equal(mail.Subject, html.Title);
            Assert.Equal(Conference.Name.In(language), html.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task The_badge_code_is_written_in_groups_that_the_door_reads_as_the_code_in_the_qr_image()
    {
        var mail = await ComposeAsync(Letter(LetterKind.Confirmed, "fr", _badgeCode));

        var grouped = BadgeCodes.Grouped(_badgeCode);
        Assert.Matches("^([2-9A-HJ-NP-Z]{4} ){6}[2-9A-HJ-NP-Z]{2}$", grouped);
        Assert.Contains("Code de votre porte-nom, à saisir à l'accueil si l'image ne s'affiche pas\u00a0: " + grouped, mail.TextBody);
        var html = Html(mail);
        var code = html.QuerySelector("strong")!;
        Assert.Equal(grouped, code.TextContent);
        Assert.Contains("à saisir à l'accueil", code.ParentElement!.TextContent);
        // Typed as written at the door, the code is the one the QR image holds.
        var image = mail.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
        using var png = new MemoryStream();
        await image.Content!.DecodeToAsync(png);
        Assert.Equal(BadgeCodes.QrPayload(BadgeCodes.Normalize(grouped)!), await Zbar.DecodeAsync(png.ToArray()));
    }

    [Fact]
    public async Task The_qr_image_has_a_text_alternative_in_the_attendees_language()
    {
        foreach (var (language, alt) in new[] { ("fr", "Code QR de votre porte-nom"), ("en", "QR code of your badge") })
        {
            var mail = await ComposeAsync(Letter(LetterKind.Promoted, language, _badgeCode));

            var image = mail.BodyParts.OfType<MimePart>().Single(p => p.ContentType.MimeType == "image/png");
            var img = Assert.Single(Html(mail).Images);
            Assert.Equal("cid:" + image.ContentId, img.GetAttribute("src"));
            Assert.Equal(alt, img.GetAttribute("alt"));
        }
    }

    [Fact]
    public async Task What_attendees_and_organizers_typed_is_shown_as_text_never_as_markup()
    {
        var hostile = new MailEvent("x", new LocalizedText("Conf <img src=x onerror=alert(1)>", ""), "\"><script>alert('lieu')</script>", "America/Toronto", Conference.Days);
        var letter = Letter(LetterKind.Confirmed, "fr", _badgeCode) with
        {
            FirstName = "<script>alert('prénom')</script>",
            LastName = "<b>Tremblay</b>",
            Ticket = new LocalizedText("<a href=\"https://evil.example\">VIP</a>", ""),
            Event = hostile,
        };

        var mail = await ComposeAsync(letter);

        var html = Html(mail);
        Assert.Empty(html.Scripts);
        Assert.Empty(html.QuerySelectorAll("b"));
        Assert.Single(html.Images);
        Assert.Single(html.Links.OfType<IElement>(), a => a.GetAttribute("href") == "https://jiq.example/r/token-of-marie");
        Assert.Equal("Conf <img src=x onerror=alert(1)>", html.QuerySelector("h1")!.TextContent);
        Assert.Equal("Inscription confirmée\u00a0: Conf <img src=x onerror=alert(1)>", html.Title);
        Assert.Contains("Bonjour <script>alert('prénom')</script>,", html.Body!.TextContent);
        Assert.Contains("Lieu\u00a0: \"><script>alert('lieu')</script>", html.Body.TextContent);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody);
        Assert.DoesNotContain("<script", mail.HtmlBody);
    }

    private async Task<MimeMessage> ComposeAsync(Letter letter) =>
        MimeMessage.Load(new MemoryStream(await _composer.ComposeAsync(letter)));

    private static IDocument Html(MimeMessage mail) => new HtmlParser().ParseDocument(mail.HtmlBody ?? "");

    private static Letter Letter(LetterKind kind, string language, string? badgeCode, int? waitlistRank = null) =>
        new(kind, "Marie", "Tremblay", "marie@test.example", language, new LocalizedText("Admission générale", "General admission"), Conference,
            "token-of-marie", badgeCode, waitlistRank);
}
