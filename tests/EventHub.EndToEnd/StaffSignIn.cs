using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.EndToEnd;

public static class StaffSignIn
{
    /// <summary>Signs in through the French sign-in page and waits until <paramref name="area"/> is interactive.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password, string area)
    {
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(area));
        await page.GetByLabel("Adresse courriel").FillAsync(email);
        await page.GetByLabel("Mot de passe").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(new Uri(page.Url), area).ToString());
        await InteractiveAsync(page);
    }

    /// <summary>Opens a staff page and waits until it is interactive: typing into a page still prerendered is lost when its circuit starts.</summary>
    public static async Task OpenInteractiveAsync(this IPage page, string area)
    {
        await page.GotoAsync(area);
        await InteractiveAsync(page);
    }

    private static Task InteractiveAsync(IPage page) => Expect(page.Locator("[data-testid=interactive]:not([hidden])")).ToHaveCountAsync(1);
}
