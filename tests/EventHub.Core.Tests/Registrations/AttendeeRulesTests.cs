using EventHub.Core.Domain;
using EventHub.Core.Features.Registrations;

namespace EventHub.Core.Tests.Registrations;

/// <summary>Names keep every script, accent, apostrophe and hyphen, and refuse what prints as nothing (issue 16, point 21).</summary>
public sealed class AttendeeRulesTests
{
    private static AttendeeDetails Person(string first = "Marie", string last = "Tremblay", string? organization = null, string? needs = null) =>
        new(first, last, "marie@test.example", organization, null, "fr", needs);

    [Theory]
    [InlineData("Marie\0", "Tremblay", "FirstName")]
    [InlineData("Marie", "Trem\u001bblay", "LastName")]
    [InlineData("Marie", "Tremblay\u0085", "LastName")]
    [InlineData("Marie", "\u007f", "LastName")]
    public void A_control_character_in_a_name_is_refused_under_its_field(string first, string last, string field)
    {
        var error = AttendeeRules.Validate(Person(first, last));

        Assert.Equal(field, error?.Field);
        Assert.Equal("Validation.ControlCharacters", error?.Code);
    }

    [Theory]
    [InlineData("\u200b")]
    [InlineData("\ufeff\u200b ")]
    public void A_name_of_invisible_characters_only_is_refused(string first)
    {
        var error = AttendeeRules.Validate(Person(first));

        Assert.Equal(("FirstName", "Validation.Invisible"), (error?.Field, error?.Code));
    }

    [Fact]
    public void A_name_of_spaces_only_is_said_to_be_missing() =>
        Assert.Equal("Registration.FirstNameRequired", AttendeeRules.Validate(Person("   "))?.Code);

    [Theory]
    [InlineData("Zoë", "O'Brien-Côté")]
    [InlineData("Nguyễn", "Thị Minh")]
    [InlineData("Анна", "Иванова")]
    [InlineData("محمد", "علي")]
    [InlineData("美咲", "佐藤")]
    public void Names_of_every_script_with_accents_apostrophes_and_hyphens_pass(string first, string last) =>
        Assert.Null(AttendeeRules.Validate(Person(first, last)));

    [Fact]
    public void A_long_text_keeps_its_line_breaks_but_not_other_controls()
    {
        Assert.Null(AttendeeRules.Validate(Person(needs: "Fauteuil roulant\r\nSans gluten\tmerci")));
        Assert.Equal("Needs", AttendeeRules.Validate(Person(needs: "Sans gluten\u0007"))?.Field);
        Assert.Equal("Organization", AttendeeRules.Validate(Person(organization: "Ville\nde Québec"))?.Field);
    }
}
