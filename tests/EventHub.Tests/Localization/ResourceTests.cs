using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EventHub.Tests.Localization;

public sealed partial class ResourceTests
{
    private static readonly string SourceFolder = Path.Combine(RepositoryPaths.Root, "src", "EventHub.Web");

    [Fact]
    public void French_and_english_have_the_same_keys()
    {
        var french = Keys("SharedResource.resx");
        var english = Keys("SharedResource.en.resx");

        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.All(french.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_used_in_the_code_exists()
    {
        var french = Keys("SharedResource.resx");
        var used = Directory.EnumerateFiles(SourceFolder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Concat(MessageKey().Matches(File.ReadAllText(f))))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        var missing = used.Where(k => !french.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Missing resource keys: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_error_code_of_the_program_services_exists()
    {
        var french = Keys("SharedResource.resx");
        var folder = Path.Combine(RepositoryPaths.Root, "src", "EventHub.Core", "Features", "Program");
        var codes = Directory.EnumerateFiles(folder, "*.cs")
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.Contains("Conflict.Speaker", codes);
        Assert.Contains("Session.DurationRange", codes);
        Assert.Contains("Photo.UnsupportedType", codes);
        var missing = codes.Where(k => !french.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Missing resource keys: " + string.Join(", ", missing));
    }

    [Fact]
    public void Quebec_french_vocabulary_is_used()
    {
        var french = string.Join("\n", Keys("SharedResource.resx").Values);

        Assert.DoesNotMatch(new Regex(@"\b(e-mail|mail|login|logout|workshop|speaker|dashboard)\b", RegexOptions.IgnoreCase), french);
    }

    [Fact]
    public void French_keeps_a_no_break_space_before_a_colon_and_inside_guillemets_and_english_none_before_a_colon()
    {
        // A line never breaks between a word and its colon or guillemet (Québec typography); English puts no space before a colon.
        var french = Keys("SharedResource.resx").Where(p => FrenchSpacingError().IsMatch(p.Value)).Select(p => p.Key);
        var english = Keys("SharedResource.en.resx").Where(p => EnglishSpacingError().IsMatch(p.Value)).Select(p => p.Key);

        Assert.Empty(french);
        Assert.Empty(english);
    }

    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(SourceFolder, "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>A colon after a plain space or after a letter or closing brace (a word, "{0}"), or a guillemet with a plain space inside.</summary>
    [GeneratedRegex(@"[ \p{L}}]:(?=\s|$)| :|« | »")]
    private static partial Regex FrenchSpacingError();

    [GeneratedRegex("[ \u00a0]:")]
    private static partial Regex EnglishSpacingError();

    [GeneratedRegex("""L\["([A-Za-z]+\.[A-Za-z.]+)"\]""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"Error\((?:(?:nameof\([^)]*\)|""[A-Za-z]*""|[^""()])*,\s*)?""([A-Z][A-Za-z]+\.[A-Za-z.]+)""")]
    private static partial Regex ErrorCode();

    [GeneratedRegex("""(?:ErrorMessage|Error)\(?\s*=?\s*"([A-Z][A-Za-z]+\.[A-Za-z.]+)"\)?""")]
    private static partial Regex MessageKey();
}
