namespace EventHub.Core;

/// <summary>
/// An expected failure, returned rather than thrown. <see cref="Code"/> is a resource key the UI
/// shows in the user's language; <see cref="Arguments"/> fill its placeholders.
/// </summary>
public abstract record Error(string Code, params object[] Arguments);

public sealed record NotFoundError(string Code, params object[] Arguments) : Error(Code, Arguments);

public sealed record ConflictError(string Code, params object[] Arguments) : Error(Code, Arguments);

public sealed record ValidationError(string Field, string Code, params object[] Arguments) : Error(Code, Arguments);

/// <summary>A value, or the error that prevented it.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public Error? Error { get; }
    public bool Succeeded => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);
    public static implicit operator Result<T>(Error error) => new(default, error);
}
