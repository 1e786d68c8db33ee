using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using EventHub.Tests.Infrastructure;
using EventHub.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace EventHub.Tests.Localization;

/// <summary>MudBlazor's own words (pager arrows, a field's clear button) follow the page's language.</summary>
public sealed class MudLocalizationTests : IAsyncDisposable
{
    private readonly BunitContext _context = ComponentTestContext.Create();

    public ValueTask DisposeAsync() => _context.DisposeAsync();

    /// <summary>MudBlazor's English words by key, from its own resources.</summary>
    private static Dictionary<string, string> MudBlazorWords()
    {
        var assembly = typeof(MudDataGrid<>).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("LanguageResource.resources", StringComparison.Ordinal)))!;
        using var reader = new ResourceReader(stream);
        return reader.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> MudBlazorEnglish() => MudBlazorWords().Values.Where(v => v.Length > 2).ToHashSet();

    private IRenderedComponent<MudDataGrid<int>> GridOfSixtyRows() =>
        _context.Render<MudDataGrid<int>>(grid => grid
            .Add(g => g.Items, Enumerable.Range(1, 60))
            .Add(g => g.Columns, builder =>
            {
                builder.OpenComponent<PropertyColumn<int, int>>(0);
                builder.AddAttribute(1, nameof(PropertyColumn<int, int>.Property), (System.Linq.Expressions.Expression<Func<int, int>>)(n => n));
                builder.CloseComponent();
            })
            .Add(g => g.PagerContent, builder =>
            {
                builder.OpenComponent<MudDataGridPager<int>>(0);
                builder.CloseComponent();
            }));

    [Fact]
    public void A_grid_in_french_names_its_pager_buttons_in_french_and_says_nothing_in_english()
    {
        var grid = GridOfSixtyRows();

        var labels = grid.FindAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!).ToList();
        Assert.Contains("Première page", labels);
        Assert.Contains("Page précédente", labels);
        Assert.Contains("Page suivante", labels);
        Assert.Contains("Dernière page", labels);
        var english = MudBlazorEnglish();
        Assert.Equal([], labels.Where(english.Contains).ToArray());
        Assert.Equal([], grid.FindAll("[title]").Select(e => e.GetAttribute("title")!).Where(english.Contains).ToArray());
        Assert.Contains("1-10 sur 60", grid.Markup);
    }

    [Fact]
    public void The_same_grid_in_english_keeps_mudblazors_words()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-CA");

        var labels = GridOfSixtyRows().FindAll("[aria-label]").Select(e => e.GetAttribute("aria-label")!).ToList();

        Assert.Contains("Next page", labels);
        Assert.DoesNotContain("Page suivante", labels);
    }

    [Theory]
    [InlineData("MudDataGrid_")]
    [InlineData("MudDataGridPager_")]
    [InlineData("MudTable_")]
    [InlineData("MudInput_")]
    [InlineData("MudFileUpload_")]
    [InlineData("MudAlert_")]
    [InlineData("MudDialog_")]
    [InlineData("MudSnackbar_")]
    [InlineData("MudSelect_")]
    [InlineData("MudFormComponent_")]
    public void Every_word_of_a_component_the_app_uses_has_a_french_translation(string component)
    {
        var strings = _context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        // Signs such as "<=" read the same in both languages.
        var missing = MudBlazorWords().Where(w => w.Key.StartsWith(component, StringComparison.Ordinal) && w.Value.Any(char.IsLetter))
            .Select(w => w.Key).Where(k => strings[k].ResourceNotFound).ToArray();

        Assert.Equal([], missing);
    }
}
