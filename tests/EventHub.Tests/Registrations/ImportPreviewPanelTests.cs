using System.Text;
using Bunit;
using EventHub.Core.Features.Registrations;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Features.Registrations;

namespace EventHub.Tests.Registrations;

public sealed class ImportPreviewPanelTests : IAsyncLifetime
{
    private readonly BunitContext _context = ComponentTestContext.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public void Shows_the_first_rows_and_every_left_out_row_with_its_line_and_reason_in_french()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Personne{i};Côté;p{i}@test.example;Société"));
        var csv = $"Prénom;Nom;Courriel;Organisation\n{rows}\nLuc;Roy;pas-un-courriel;\n;Roy;r@test.example;\nAnne;Roy;p1@test.example;\n";
        var preview = AttendeeImport.Read(Encoding.UTF8.GetBytes(csv)).Value!;

        var panel = _context.Render<ImportPreviewPanel>(p => p.Add(x => x.Preview, preview));

        Assert.Contains("15 lignes lues\u00a0: 12 valides, 3 écartées (encodage UTF-8, séparateur «\u00a0;\u00a0»).", panel.Find("[data-testid=preview-counts]").TextContent);
        Assert.Contains("Personne10", panel.Markup);
        Assert.DoesNotContain("Personne11", panel.Markup);
        var problems = panel.FindAll("[data-testid=problems] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(["14Adresse courriel invalide\u00a0: «\u00a0pas-un-courriel\u00a0».", "15Prénom manquant.", "16Cette adresse courriel figure déjà à la ligne 2 du fichier."], problems);
        Assert.Equal(2, panel.FindAll("th[scope=col]").Count(th => th.TextContent == "Ligne"));
    }
}
