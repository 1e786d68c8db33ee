using EventHub.Core.Data;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;

namespace EventHub.Tests.Program;

/// <summary>A speaker's name follows the attendees' rule: no control characters, nothing that prints as nothing (issue 16, point 21).</summary>
public abstract class SpeakerNameTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SpeakerNameTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgreSql() : SpeakerNameTests(DatabaseProvider.PostgreSql);

    private TestProgram _program = null!;

    public async Task InitializeAsync() => _program = await TestProgram.OnNewDatabaseAsync(provider);

    public async Task DisposeAsync() => await _program.DisposeAsync();

    private static SpeakerDetails Named(string first, string last, string? organization = null) =>
        new(first, last, organization, "", "", [], null, false);

    [Theory]
    [InlineData("Zoë\0", "Côté", null, "FirstName", "Validation.ControlCharacters")]
    [InlineData("Zoë", "Côté", "Ville\nde Québec", "Organization", "Validation.ControlCharacters")]
    [InlineData("\u200b", "Côté", null, "FirstName", "Validation.Invisible")]
    [InlineData("Zoë", "\ufeff", null, "LastName", "Validation.Invisible")]
    [InlineData("Zoë", "  ", null, "LastName", "Validation.Required")]
    public async Task A_name_that_would_not_print_is_refused_under_its_field(string first, string last, string? organization, string field, string code)
    {
        var result = await _program.Speakers.SaveAsync(_program.Event.Id, null, Named(first, last, organization));

        Assert.Equal((field, code), (result.Error is Core.ValidationError v ? v.Field : null, result.Error?.Code));
    }

    [Fact]
    public async Task A_name_of_any_script_is_saved() =>
        Assert.True((await _program.Speakers.SaveAsync(_program.Event.Id, null, Named("Nguyễn", "O'Brien-Côté"))).Succeeded);
}
