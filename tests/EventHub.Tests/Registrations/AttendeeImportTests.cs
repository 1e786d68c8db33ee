using System.Diagnostics;
using System.Text;
using EventHub.Core.Data;
using EventHub.Core;
using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace EventHub.Tests.Registrations;

public abstract class AttendeeImportTests(ITestOutputHelper output, DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite(ITestOutputHelper output) : AttendeeImportTests(output, DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql(ITestOutputHelper output) : AttendeeImportTests(output, DatabaseProvider.PostgreSql);

    private const string Organizer = "organisatrice@test.example";

    private readonly FakeTimeProvider _time = new(TestData.Now);
    private TestDatabase _database = null!;
    private TestRegistrations _service = null!;
    private int _ticketId;
    private int _eventId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _service = new TestRegistrations(_database, _time);
        await using var db = _database.NewContext();
        var (conference, ticket) = await TestData.EventWithTicketAsync(db, quota: 3, capacity: 20_000);
        (_eventId, _ticketId) = (conference.Id, ticket.Id);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static ImportPreview Preview(byte[] bytes)
    {
        var result = AttendeeImport.Read(bytes);
        Assert.True(result.Succeeded, result.Error?.Code);
        return result.Value!;
    }

    private static Error Refusal(byte[] bytes)
    {
        var result = AttendeeImport.Read(bytes);
        Assert.False(result.Succeeded);
        return result.Error!;
    }

    [Fact]
    public void Reads_a_french_excel_file_in_windows_1252_with_semicolons()
    {
        var bytes = CodePagesBytes("Prénom;Nom;Courriel;Organisation\r\nHélène;Côté;helene@test.example;Société de l'Île\r\nFrançois;Bérubé;francois@test.example;\r\n");

        var preview = Preview(bytes);

        Assert.Equal("Windows-1252", preview.EncodingName);
        Assert.Equal(';', preview.Delimiter);
        Assert.Equal(["Hélène Côté Société de l'Île", "François Bérubé "], preview.Valid.Select(v => $"{v.Details.FirstName} {v.Details.LastName} {v.Details.Organization}"));
        Assert.Equal([2, 3], preview.Valid.Select(v => v.Line));
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark_and_english_headers_with_commas()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8("First name,Last name,E-mail,Language\nZoé,Lévesque,zoe@test.example,English\n")).ToArray();

        var preview = Preview(bytes);

        Assert.Equal("UTF-8", preview.EncodingName);
        var row = Assert.Single(preview.Valid).Details;
        Assert.Equal(("Zoé", "zoe@test.example", "en"), (row.FirstName, row.Email, row.PreferredLanguage));
    }

    [Fact]
    public void Reports_every_invalid_row_with_its_line_and_a_reason()
    {
        var preview = Preview(Utf8("prenom,nom,courriel\nAnne,Roy,anne@test.example\n,Roy,sans-prenom@test.example\nLuc,Roy,pas-un-courriel\nMarc,,marc@test.example\nAnne,Roy,ANNE@test.example\n\"Multi\nligne\",Roy,multi@test.example\nÈve,Roy,eve@test.example\n"));

        // A quoted cell may span lines, but a first name with a line break in it would print broken on a badge.
        Assert.Equal(["anne@test.example", "eve@test.example"], preview.Valid.Select(v => v.Details.Email));
        Assert.Equal([(3, "Import.FirstNameMissing"), (4, "Import.EmailInvalid"), (5, "Import.LastNameMissing"), (6, "Import.DuplicateInFile"), (7, "Import.Unprintable")],
            preview.Problems.Select(p => (p.Line, p.Code)));
        Assert.Equal(2, preview.Problems[3].Arguments[0]);
        Assert.Equal("prénom / first name", preview.Problems[4].Arguments[0]);
        Assert.Equal(9, preview.Valid[1].Line);
    }

    [Fact]
    public void Refuses_a_file_with_broken_quoting_whole_naming_the_line()
    {
        var error = Refusal(Utf8("prenom,nom,courriel\nAnne,Roy,anne@test.example\n\"Luc,Roy,luc@test.example\nMarc,Roy,marc@test.example\n"));

        Assert.Equal("Import.Malformed", error.Code);
        Assert.Equal(3L, Convert.ToInt64(error.Arguments[0]));
    }

    [Fact]
    public void Refuses_text_after_a_closing_quote()
    {
        var error = Refusal(Utf8("prenom,nom,courriel\n\"Anne\"x,Roy,anne@test.example\n"));

        Assert.Equal("Import.Malformed", error.Code);
        Assert.Equal(2L, Convert.ToInt64(error.Arguments[0]));
    }

    [Fact]
    public void Refuses_missing_columns_and_empty_files()
    {
        Assert.Equal("Import.MissingColumns", Refusal(Utf8("prenom,nom,organisation\nAnne,Roy,Desjardins\n")).Code);
        Assert.Equal("Import.Empty", Refusal([]).Code);
        Assert.Equal("Import.Empty", Refusal(Encoding.UTF8.GetPreamble()).Code);
        Assert.Equal("Import.NoRows", Refusal(Utf8("prenom;nom;courriel\r\n")).Code);
        Assert.Equal("Import.TooLarge", Refusal(new byte[AttendeeImport.MaxBytes + 1]).Code);
    }

    [Fact]
    public async Task Import_records_consent_keeps_quotas_and_a_second_import_adds_nobody()
    {
        var preview = Preview(Utf8("prenom,nom,courriel\n" + string.Join("\n", Enumerable.Range(1, 5).Select(i => $"Personne{i},Roy,p{i}@test.example"))));
        await _service.Registrar.RegisteredAsync(_ticketId, new AttendeeDetails("Déjà", "Là", "P5@test.example", null, null, "fr"));

        var first = await _service.Import.ImportAsync(preview.Valid, new ImportOptions(_ticketId, ConsentConfirmedBy: Organizer, SendEmails: true));
        var again = await _service.Import.ImportAsync(preview.Valid, new ImportOptions(_ticketId, ConsentConfirmedBy: Organizer, SendEmails: true));
        var refused = await _service.Import.ImportAsync(preview.Valid, new ImportOptions(_ticketId, ConsentConfirmedBy: " ", SendEmails: true));

        Assert.Equal(new ImportReport(2, 2, 1), first.Value);
        Assert.Equal(new ImportReport(0, 0, 5), again.Value);
        Assert.Equal("Import.ConsentRequired", refused.Error!.Code);
        await using var db = _database.NewContext();
        Assert.Equal(3, await db.TicketTypes.Where(t => t.Id == _ticketId).Select(t => t.Sold).SingleAsync());
        Assert.Equal(5, await db.Registrations.CountAsync());
        Assert.Equal(2, await db.Registrations.CountAsync(r => r.Status == RegistrationStatus.Waitlisted));
        // The four imported rows say who vouched for their consent; the one registered on the form says nobody did.
        Assert.Equal([null, Organizer, Organizer, Organizer, Organizer], await db.Registrations.OrderBy(r => r.Id).Select(r => r.ConsentConfirmedBy).ToListAsync());
        Assert.All(await db.Registrations.ToListAsync(), r => Assert.Equal(TestData.Now, r.ConsentGivenAt));
        Assert.Equal(["Confirmed", "Confirmed", "Confirmed", "Waitlisted", "Waitlisted"], await db.OutboxMessages.OrderBy(m => m.Id).Select(m => m.Kind).ToListAsync());
        var waitlisted = await TestMail.ComposeAsync(_database, (await db.OutboxMessages.OrderBy(m => m.Id).LastAsync()));
        Assert.Contains("p4@test.example", waitlisted.To.ToString());
        // The person's own copy of their data says how their consent came.
        var portal = _service.Portal;
        var export = await portal.ExportAsync((await db.OutboxMessages.OrderBy(m => m.Id).LastAsync()).ManageToken);
        Assert.Equal("list-imported-by-organizer", export!.ConsentGivenThrough);
    }

    [Fact]
    public async Task Ten_thousand_rows_import_in_batches()
    {
        await using (var db = _database.NewContext())
        {
            await db.TicketTypes.Where(t => t.Id == _ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Quota, 9_000));
        }
        var text = new StringBuilder("Prénom;Nom;Courriel;Organisation\r\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append($"Hélène{i};Côté{i};personne{i}@test.example;Société {i % 50}\r\n");
        }
        var bytes = CodePagesBytes(text.ToString());
        var watch = Stopwatch.StartNew();
        var preview = Preview(bytes);
        var parsed = watch.Elapsed;
        var progress = new List<int>();

        var withMail = await _service.Import.ImportAsync(preview.Valid.Take(1_000).ToList(), new ImportOptions(_ticketId, Organizer, SendEmails: true));
        var mailed = watch.Elapsed;
        var report = await _service.Import.ImportAsync(preview.Valid, new ImportOptions(_ticketId, Organizer, SendEmails: false), new SyncProgress(progress.Add));

        output.WriteLine($"10,000-row import: parse {parsed.TotalSeconds:F2} s, 1,000 rows with e-mails {(mailed - parsed).TotalSeconds:F2} s, 10,000 rows without e-mails {(watch.Elapsed - mailed).TotalSeconds:F2} s");
        Assert.Equal(new ImportReport(8_000, 1_000, 1_000), report.Value);
        Assert.Equal(9_000, withMail.Value!.Confirmed + report.Value!.Confirmed);
        Assert.Equal(10_000, progress[^1]);
        await using var read = _database.NewContext();
        Assert.Equal(10_000, await read.Registrations.CountAsync());
        Assert.Equal(1_000, await read.Registrations.CountAsync(r => r.Status == RegistrationStatus.Waitlisted));
        Assert.Equal(1_000, await read.OutboxMessages.CountAsync());
        Assert.Equal(1, await read.Registrations.CountAsync(r => r.SearchKey == "helene9999 cote9999 societe 49"));
    }

    private static byte[] CodePagesBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
