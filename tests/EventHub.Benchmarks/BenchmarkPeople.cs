using EventHub.Core.Domain;
using EventHub.Core.Security;

namespace EventHub.Benchmarks;

/// <summary>People made for a benchmark's own conference: confirmed, numbered from 1, at reserved .example addresses.</summary>
internal static class BenchmarkPeople
{
    public static List<Registration> Confirmed(int eventId, int ticketTypeId, int count, string firstName, string emailPrefix, DateTime now) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var registration = new Registration(eventId, ticketTypeId,
                new AttendeeDetails(firstName, $"N{i}", $"{emailPrefix}-{i}@bench.example", null, null, "fr"),
                SecureTokens.NewBadgeCode(), SecureTokens.Hash(SecureTokens.NewToken()), now, now);
            registration.Confirm(now);
            return registration;
        }).ToList();
}
