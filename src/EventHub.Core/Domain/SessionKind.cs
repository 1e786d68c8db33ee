namespace EventHub.Core.Domain;

public enum SessionKind
{
    Talk,
    Workshop,
    Keynote,
}

public enum SessionStatus
{
    Draft,
    Published,
}
