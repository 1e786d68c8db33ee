namespace EventHub.Core.Domain;

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
