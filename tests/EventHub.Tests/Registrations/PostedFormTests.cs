using EventHub.Web.Features.Registrations;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace EventHub.Tests.Registrations;

/// <summary>Reading a posted registration form the way the page binds it, and leaving to the page whatever is not plain.</summary>
public sealed class PostedFormTests
{
    private static FormCollection Form(params (string Key, StringValues Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => f.Value));

    [Fact]
    public void A_complete_form_is_read_into_the_model()
    {
        var form = Form(("Input.FirstName", "Hélène"), ("Input.LastName", "Côté"), ("Input.Email", "helene@test.example"),
            ("Input.TicketTypeId", "42"), ("Input.PreferredLanguage", "en"), ("Input.Consent", "True"), ("_handler", "register"));

        Assert.True(PostedForm<RegisterInput>.TryRead(form, "Input", out var input));

        Assert.Equal(("Hélène", "Côté", "helene@test.example", 42, "en", true),
            (input.FirstName, input.LastName, input.Email, input.TicketTypeId, input.PreferredLanguage, input.Consent));
        Assert.True(input.IsValid());
    }

    [Fact]
    public void Fields_not_sent_keep_their_defaults_and_an_empty_number_is_none()
    {
        Assert.True(PostedForm<RegisterInput>.TryRead(Form(("Input.TicketTypeId", ""), ("Input.Email", "a@b.example")), "Input", out var input));

        Assert.Equal((null, false, "fr", ""), (input.TicketTypeId, input.Consent, input.PreferredLanguage, input.FirstName));
        Assert.False(input.IsValid());
    }

    [Fact]
    public void A_field_of_another_prefix_is_not_read() =>
        Assert.True(PostedForm<RegisterInput>.TryRead(Form(("Other.FirstName", "Jean")), "Input", out var input) && input.FirstName == "");

    [Theory]
    [InlineData("Input.TicketTypeId", "douze")]
    [InlineData("Input.TicketTypeId", "1e3")]
    [InlineData("Input.TicketTypeId", "99999999999")]
    [InlineData("Input.Consent", "oui")]
    public void A_value_that_does_not_parse_is_left_to_the_page(string field, string value) =>
        Assert.False(PostedForm<RegisterInput>.TryRead(Form((field, value)), "Input", out _));

    [Fact]
    public void A_field_sent_twice_is_left_to_the_page() =>
        Assert.False(PostedForm<RegisterInput>.TryRead(Form(("Input.Email", new StringValues(["a@b.example", "c@d.example"]))), "Input", out _));
}
