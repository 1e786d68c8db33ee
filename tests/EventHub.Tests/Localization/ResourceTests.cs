using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EventHub.Tests.Localization;

public sealed partial class ResourceTests
{
    private static readonly string SourceFolder = Path.Combine(RepositoryPaths.Root, "src", "EventHub.Web");

    /// <summary>Every pair of resource files: the web project's strings and Core's e-mail texts.</summary>
    public static TheoryData<string> ResourceFiles => new()
    {
        "src/EventHub.Web/Resources/SharedResource",
        "src/EventHub.Core/Features/Mail/MailText",
    };

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void French_and_english_have_the_same_keys(string resource)
    {
        var french = Keys(resource + ".resx");
        var english = Keys(resource + ".en.resx");

        Assert.Empty(french.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(french.Keys));
        Assert.All(french.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_used_in_the_code_exists()
    {
        var french = Keys(Shared + ".resx");
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
        var french = Keys(Shared + ".resx");
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

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Quebec_french_vocabulary_is_used(string resource)
    {
        var french = string.Join("\n", Keys(resource + ".resx").Values);

        Assert.DoesNotMatch(new Regex(@"\b(e-mail|mail|login|logout|workshop|speaker|dashboard)\b", RegexOptions.IgnoreCase), french);
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void French_keeps_a_no_break_space_before_a_colon_and_inside_guillemets_and_english_none_before_a_colon(string resource)
    {
        // A line never breaks between a word and its colon or guillemet (Québec typography); English puts no space before a colon.
        var french = Keys(resource + ".resx").Where(p => FrenchSpacingError().IsMatch(p.Value)).Select(p => p.Key);
        var english = Keys(resource + ".en.resx").Where(p => EnglishSpacingError().IsMatch(p.Value)).Select(p => p.Key);

        Assert.Empty(french);
        Assert.Empty(english);
    }

    private const string Shared = "src/EventHub.Web/Resources/SharedResource";

    /// <summary>The keys and values of a resource file, from its path under the repository's root.</summary>
    private static Dictionary<string, string> Keys(string file) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, file))
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
