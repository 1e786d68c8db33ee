using Bogus;
using EventHub.Core.Domain;
using EventHub.Core.Text;

namespace EventHub.Core.Features.Demo;

/// <summary>Plausible Québec attendees, the same ones on every run (fixed seed); e-mails use the reserved .example domain.</summary>
internal sealed class DemoPeople(int seed)
{
    private static readonly string[] FirstNames =
    [
        "Marie", "Julie", "Isabelle", "Catherine", "Geneviève", "Mélanie", "Valérie", "Nathalie", "Sophie", "Émilie",
        "Audrey", "Karine", "Stéphanie", "Annie", "Josée", "Chantal", "Marie-Ève", "Marie-Claude", "Véronique", "Andréanne",
        "Camille", "Léa", "Rosalie", "Florence", "Noémie", "Maude", "Élise", "Hélène", "Sylvie", "Frédérique",
        "Jean", "Pierre", "Marc", "Luc", "François", "Martin", "Éric", "Sébastien", "Mathieu", "Simon",
        "Jean-François", "Louis", "Philippe", "Alexandre", "Guillaume", "Maxime", "Olivier", "Samuel", "Félix", "Gabriel",
        "Antoine", "Étienne", "Jérôme", "Benoît", "Patrick", "Stéphane", "Yannick", "Dominic", "Charles", "Nicolas",
        "Amira", "Karim", "Fatima", "Mohamed", "Nguyen", "Wei", "Priya", "Carlos", "Sarah", "David",
    ];

    private static readonly string[] LastNames =
    [
        "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
        "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher",
        "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin",
        "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier",
        "Richard", "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte", "Lachance", "Parent", "Blais", "Gosselin",
        "Savard", "Proulx", "Beaudoin", "Demers", "Perron", "Boudreau", "Gingras", "Mercier", "Dufour", "Labbé",
        "Ben Ali", "Nguyen", "Haddad", "Diallo", "Chen", "Joseph", "Smith", "O'Brien", "Fraser", "Rodriguez",
    ];

    private readonly Randomizer _random = new(seed);
    private readonly HashSet<string> _emails = [];

    public AttendeeDetails Next()
    {
        var first = _random.ArrayElement(FirstNames);
        var last = _random.ArrayElement(LastNames);
        var organization = _random.ArrayElement(DemoCatalog.Organizations);
        var domain = SearchText.Fold(organization).Replace(' ', '-');
        var local = $"{SearchText.Fold(first).Replace(' ', '-')}.{SearchText.Fold(last).Replace(' ', '-').Replace("'", "")}";
        var email = $"{local}@{domain}.example";
        for (var n = 2; !_emails.Add(email); n++)
        {
            email = $"{local}{n}@{domain}.example";
        }
        var language = _random.Number(99) < 85 ? "fr" : "en";
        return new AttendeeDetails(first, last, email, organization, _random.ArrayElement(DemoCatalog.JobTitles), language);
    }
}
