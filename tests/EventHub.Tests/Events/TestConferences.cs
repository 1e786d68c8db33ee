using EventHub.Core.Data;
using EventHub.Core.Features.Events;
using EventHub.Core.Features.Program;
using EventHub.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Events;

/// <summary>The conference set-up use cases on a test database, sharing one write gate as the application does.</summary>
public sealed class TestConferences(TestDatabase database, WriteGate? gate = null)
{
    private readonly WriteGate _gate = gate ?? new WriteGate(database.Settings);
    private ConferenceDirectory Directory => new(database.Factory, _gate, new FakeTimeProvider(TestData.Now));

    public ConferenceCreation Creation => new(database.Factory, _gate, Directory);
    public ConferenceEditing Editing => new(database.Factory, _gate, new PublishedProgram(database.Factory), Directory);
    public EditionCopy Copy => new(database.Factory, _gate, new FakeTimeProvider(TestData.Now), Directory);
    public ConferenceReadiness Readiness => new(database.Factory);

    /// <summary>A valid two-day conference; a test changes what it is about.</summary>
    public static ConferenceDetails Details(string slug = "sommet-levis-2027", int capacity = 400) => new(
        "Sommet numérique de Lévis", "Lévis Digital Summit", slug, "Centre de congrès de Lévis",
        "5750, rue J.-B.-Michaud, Lévis (Québec)", "America/Toronto", capacity, "info@sommet.example",
        [new DayHours(new DateOnly(2027, 5, 12), new TimeOnly(8, 30), new TimeOnly(17, 0)),
         new DayHours(new DateOnly(2027, 5, 13), new TimeOnly(9, 0), new TimeOnly(16, 0))]);
}
