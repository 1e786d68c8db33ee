using EventHub.Core.Domain;

namespace EventHub.Core.Features.Registrations;

/// <summary>A registration with its rank on its ticket type's waitlist; see <see cref="WaitlistRanks"/>.</summary>
public sealed class RankedRegistration
{
    public required Registration Registration { get; init; }

    /// <summary>1 for the first person waiting; null for a registration that is not waiting.</summary>
    public required int? Rank { get; init; }
}

/// <summary>
/// Where someone stands on a waitlist, as they are told it: 1 + the people of the same ticket type
/// still waiting ahead of them. Waitlist numbers are handed out once and never reused, so people who
/// left or got a seat leave gaps that the rank does not count. The database computes it within the
/// query that reads the registrations (the registration writer's <c>RegistrationCommands.WaitlistRank</c>
/// is the same rule in SQL, for a registration not yet committed).
/// </summary>
public static class WaitlistRanks
{
    public static IQueryable<RankedRegistration> WithWaitlistRank(this IQueryable<Registration> registrations, IQueryable<Registration> all) =>
        registrations.Select(r => new RankedRegistration
        {
            Registration = r,
            Rank = r.Status == RegistrationStatus.Waitlisted
                ? all.Count(o => o.TicketTypeId == r.TicketTypeId && o.Status == RegistrationStatus.Waitlisted && o.WaitlistNumber < r.WaitlistNumber) + 1
                : null,
        });
}
